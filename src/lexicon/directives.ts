/**
 * How minutes and reports of meetings (会议纪要, 议定事项, 领导讲话的要求) give
 * instructions in running prose: a sentence that opens with the meeting's
 * requirement, or that tells someone what they must do, is a task; what the
 * meeting noted, heard or agreed to is its record. Simplified; fold first.
 */

/** A sentence opening with these is an instruction: "会议要求，…", "会议强调，要…". */
export const DIRECTIVE_OPENERS: readonly string[] = [
  '会议要求', '会议强调', '会议决定', '会议议定', '会议明确', '会议确定', '会议部署', '会议提出', '会上要求', '会议指示',
  '要求', '强调', '务必', '必须', '要', '须',
];

/** A sentence opening with these records the meeting: "会议指出，…", "会议听取了…". */
export const RECORD_OPENERS: readonly string[] = [
  '会议指出', '会议认为', '会议听取', '会议审议', '会议原则同意', '会议同意', '会议通报', '会议学习', '会议传达', '会议研究',
  '会议讨论', '会议通过',
];

/**
 * How a plan says why it was made (为…，结合实际，特制定本实施方案。; 现制定如下措施。): the document enacting
 * itself, telling no one to act.
 */
export const ENACTING_CLAUSE = /(?:制定|制订|订定|提出)(?:本|如下|以下)[^，,。；;]{0,10}(?:方案|计划|要点|措施|意见|细则|办法|政策|举措|清单)[。：:]?$/;

/** How a report of a meeting gives a leader's words: 张某要求，…; 县长强调，…; 李某指出，…. */
export const SPEAKING_VERBS: readonly string[] = ['要求', '强调', '指出', '提出', '表示', '指示', '希望'];

/**
 * What opens a sentence to set its scene, before the comma, without telling anyone anything: the purpose
 * (为确保…，), the frame (围绕…，按照…，根据…，), or the time (下一步，今后，). The rest is judged.
 */
export const SCENE_OPENERS: readonly string[] = ['为了', '为', '围绕', '按照', '根据', '针对', '结合', '对照', '聚焦', '对于', '关于', '就'];
export const TIME_ADVERBS: readonly string[] = ['下一步', '下步', '下阶段', '今后', '近期', '当前', '目前', '后段', '后期', '此后'];

/**
 * Words that open a sentence as its subject's next instruction, the subject left unsaid ("县某局要…；
 * …。要加强…"): the sentence goes on telling whom the paragraph has named.
 */
export const SUBJECTLESS_OPENERS: readonly string[] = ['要', '须', '务必', '必须'];

/** Words that link a sentence to the one before it without telling anyone anything: 同时，要…. */
export const LINKING_WORDS: readonly string[] = ['同时', '此外', '另外', '其次', '最后', '再次', '另一方面'];

/** Words that make a sentence tell its subject what to do ("各单位要…", "总务处须…"). */
export const DIRECTIVE_VERBS: readonly string[] = ['要', '须', '务必', '必须', '应当', '抓紧', '尽快', '确保'];

/**
 * Words that hold 要 or 须 without telling anyone to act ("重要指示", "主要目标", "需要"): not directive
 * verbs. (要求 stays one: "县长要求，各乡镇要…" hands out work; but 提出(具体)要求 records that someone spoke.) Nor does 确保 after 为 (为了确保…顺利进行):
 * it opens a purpose clause, not an instruction.
 */
export const NON_DIRECTIVE_WORDS: readonly string[] = [
  '为了确保', '为确保', '提出了具体要求', '提出具体要求', '提出了要求', '提出要求', '重要', '主要', '需要', '只要', '必要', '纲要', '纪要', '扼要', '摘要', '概要', '提要', '简要', '首要', '紧要', '要点', '要素', '要闻', '要件', '要害', '要务', '要是', '须知',
];

/**
 * Words that hand work to someone inside a sentence: 由X牵头, 责成X, 要求各局处, 请X. "由X负责的第3件"
 * describes work by who has it (a 的 after the verb): it hands nothing out.
 */
export const ASSIGNING_PHRASES: readonly RegExp[] = [
  /由[^，。；,;]{2,30}?(?:牵头|负责|承办)(?!的)/,
  // 请 asks someone, but not inside 请示 (a request heard), 申请, 提请, 报请, 邀请, 聘请.
  /责成|要求各|(?<![申提报邀聘呈])请(?![示求])[^，。；,;]{1,10}?(?:局|处|科|室|委|办|部|中心|所|组(?![织成建合]))/,
];

/**
 * Rulings that only take note (市政会议: "主席裁示：准予備查"): the agenda item
 * they close assigns no work. Simplified; fold first.
 */
export const NOTED_RULINGS: readonly string[] = ['准予备查', '同意备查', '准予核备', '准予备案', '同意备案', '洽悉', '记录确定', '纪录确定', '修正后确定', '备查',
  // A report taken up with the instructions (并指示事项办理): the instructions carry its work.
  '并指示事项办理',
  // A ruling that only agrees to what the item proposed (同意辦理, 照案通過) sets no work of its own.
  '同意办理', '同意照办', '准予照办', '照案通过', '同意照案办理'];

/** What an agenda item is, 关于…的汇报: a report, request or motion heard by the meeting. */
export const AGENDA_TOPIC_KINDS: readonly string[] = ['汇报', '报告', '请示', '议案', '说明', '通报'];
