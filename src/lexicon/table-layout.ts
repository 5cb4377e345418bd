/**
 * Marks and words of tables that text exports flattened: what starts an item
 * inside a cell, and which header words only qualify the column name after them.
 */

/** Marks that start a list item inside a table cell ("△加强财政监督…"). */
export const ITEM_BULLETS: readonly string[] = ['△', '▲', '●', '○', '◆', '◇', '★', '☆', '■', '□', '▪', '·', '•', '➢', '❖'];

/**
 * Words that qualify a column name rather than name a column. A header whose
 * cells the export joined with spaces ("牵头  领导", "主体  责任单位") leaves
 * them standing alone before the name they belong to.
 */
export const HEADER_QUALIFIERS: readonly string[] = ['牵头', '主体', '配合', '协办', '责任', '主办', '分管', '完成', '具体', '主要', '工作'];

/**
 * Levels a column name may open with when the cells run together:
 * 县政府分管领导, 市级责任单位, 县牵头单位.
 */
export const FUSED_HEADER_LEVELS: readonly string[] = ['市政府', '区政府', '县政府', '镇政府', '乡政府', '市级', '区级', '县级', '省级', '市', '区', '县', '镇', '乡', '省'];

/**
 * Verbs a task's text opens with (推进…, 完成…, 为全区…提供…): where unit names
 * run into the next task's text, no unit name starts with one of them.
 */
export const TASK_OPENING_VERBS: readonly string[] = [
  '推进', '推动', '完成', '实施', '实现', '建设', '新建', '改建', '扩建', '改造', '提升', '提供', '开展', '加强',
  '加快', '落实', '打造', '建立', '健全', '完善', '增加', '新增', '整治', '组织', '举办', '创建', '优化', '深化',
  '促进', '支持', '启动', '做好', '办好', '抓好', '全面', '持续', '开工', '组建', '成立', '设立', '配备', '培育', '制定', '修订', '出台', '召开',
  '为', '对', '在', '按照', '确保', '力争', '争取',
];

/** Endings of place names, the levels of government: 经开区, 某某县, 某某镇. */
export const PLACE_LEVELS: readonly string[] = ['省', '市', '县', '区', '乡', '镇', '村'];

/**
 * A deadline cell at the end of run-together owner cells: 2023年12月底前,
 * 6月30日, 年底前, 长期坚持.
 */
export const FUSED_DEADLINE_TAIL = /(?:(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|上旬|中旬|下旬)?|(?:(?:19|20)\d\d年)?(?:年底|年内|年末|全年)|(?:19|20)\d\d年)(?:前|之前)?$|(?:长期坚持|持续推进|长期)$/;
