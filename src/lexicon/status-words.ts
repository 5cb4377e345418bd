/**
 * 进展状态 wording in ledgers (台账、任务清单), simplified and traditional.
 * A status is closed when it says the work is done, standing when the duty
 * never closes by design; anything else is open. Words that negate or defer
 * ("未完成", "预计7月完成") make a status open whatever else it says.
 */

/** The 进展状态 drop-down planlint's ledger offers. */
export const LEDGER_STATUSES = ['未开始', '推进中', '已完成', '已逾期'] as const;

export const CLOSED_STATUS_WORDS: readonly string[] = [
  '完成', '办结', '销号', '结项', '完结', '完工', '竣工', '验收', '已整改', '整改到位', '已落实', '落实到位', '已解决',
  '辦結', '銷號', '結項', '完結', '驗收', '已落實', '落實到位', '已解決',
];

/** Standing duties (docs/rules/overdue-open-task.md: 持续推进, 长期坚持 are not overdue). */
export const STANDING_STATUS_WORDS: readonly string[] = [
  '持续', '长期', '常态化', '久久为功',
  '持續', '長期', '常態化', '久久為功',
];

/** Negations and future tense: the work named is not done yet. */
export const OPEN_STATUS_WORDS: readonly string[] = [
  '未', '没有', '尚需', '待', '正在', '预计', '拟于', '将于', '计划于', '争取', '力争',
  '沒有', '尚須', '預計', '擬於', '將於', '計劃於', '爭取', '力爭',
];
