/**
 * Section titles (simplified; fold traditional first) that say what a section
 * holds. A task section's leaves are tasks; a non-task section's are not.
 */
export const TASK_SECTION_WORDS: readonly string[] = [
  '重点任务', '主要任务', '工作任务', '任务分工', '任务分解', '整改内容', '整改措施', '整改任务', '整改事项',
  '整改项目', '整改清单', '问题清单', '指标任务', '工作措施', '主要措施', '具体措施', '重点工作', '工作重点',
  '进度安排', '进度要求', '实施步骤', '工作步骤', '步骤安排', '时间安排', '方法步骤', '阶段安排', '推进步骤', '工作安排',
  '重点项目', '任务清单', '工作内容', '实施内容', '主要内容', '重点内容', '责任分工', '职责分工', '工作举措',
  '行动内容', '重点行动', '主要行动', '专项行动', '具体任务', '目标任务', '任务措施', '工作要点', '实施路径',
  '主要举措', '重点举措', '具体举措', '行动措施', '推进措施', '重点措施', '重点工程', '攻坚行动', '整治重点', '整治内容',
  '建设内容',
];

/**
 * A short title ending so names tasks whatever words come before: 行动任务, 攻坚任务, 建设任务,
 * 年度重点攻坚任务 (the listed words above are found anywhere in a title).
 */
export const TASK_SECTION_ENDINGS: readonly string[] = ['任务'];
/** Longer titles ending so are sentences about tasks (全面完成省里下达的各项目标任务). */
export const MAX_TASK_ENDING_TITLE = 10;

/** Sections that never hold tasks, even when a document has no task section. */
export const NON_TASK_SECTION_WORDS: readonly string[] = [
  '指导思想', '总体思路', '工作思路', '基本原则', '工作原则', '总体要求', '总体目标', '工作目标', '主要目标', '发展目标',
  '目标要求', '组织机构', '组织领导', '组织保障', '保障措施', '工作要求', '具体要求', '有关要求', '工作保障',
  '领导小组', '背景', '现状', '依据', '编制依据', '适用范围', '附则', '突出问题', '存在问题', '存在的问题', '存在的主要问题', '问题分析',
  // Why the problems arose (二、问题产生的原因, 原因分析): a diagnosis, answered by the measures after it.
  '原因分析', '产生的原因', '产生原因', '原因剖析', '根源剖析',
  '成员名单', '名单',
  // A rectification plan's frame: its principles and goals (二、整改原则 ⏎ （一）坚持党政同责), not its measures.
  '整改原则', '整改目标',
  // A report's account of where things stand (一、总体情况：已办结6件; 一、问题整改总体推进情况) tells, it assigns nothing.
  // A project's own 进展情况 may still be a task (关于《某项目》进展情况 with its owner and target): only the whole's account is not.
  '总体情况', '基本情况', '总体推进情况', '总体进展情况', '总体完成情况',
];

/**
 * Whole titles of a section on how the plan is carried out (四、组织实施: 加强领导, 强化督导): its frame, as
 * 保障措施 is. Matched as the whole title only: an item may open with the words (1.组织实施某某工程).
 */
export const NON_TASK_SECTION_TITLES: readonly string[] = [
  '组织实施', '实施保障', '保障机制',
  // A report's account of the work as a whole (一、工作推进情况 ⏎ （一）… 举办了…): what was done. As the whole title
  // only: an item that asks for it (2.各乡镇每月报送工作进展情况) is work.
  '工作推进情况', '工作进展情况', '工作开展情况', '工作完成情况',
];

/** Titles whose tasks are phases of the plan (进度安排): their dates bound the tasks inside. */
export const PHASE_SECTION_WORDS: readonly string[] = [
  '进度安排', '进度要求', '实施步骤', '工作步骤', '步骤安排', '时间安排', '方法步骤', '阶段安排', '推进步骤',
];

/**
 * A short heading that names a field of the whole plan (检查整改时间, 整改范围,
 * 帮扶对象, 检查方式) holds that field's value, not a task: what follows it is
 * a date or a scope; a 要求 heading (检查督导要求) closes the plan with how to work.
 */
export const PLAN_FIELD_TITLE_ENDINGS: readonly string[] = ['时间', '范围', '对象', '方式', '地点', '期限', '时限', '要求'];
/**
 * The head of minutes, one field an item (一、时间：… 三、主席：… 五、散会：下午4时): who met, where and when,
 * the record's frame, not work. Simplified; the title before the colon, whole.
 */
export const MEETING_HEAD_TITLES: readonly string[] = [
  '主席', '主持', '主持人', '出席', '出席人员', '出席者', '列席', '列席人员', '列席者', '参会人员', '与会人员', '请假', '请假人员', '缺席',
  '记录', '纪录', '记录人', '散会', '会议时间', '开会时间', '会议地点', '开会地点',
  '会议主持人', '参加人员', '参加者', '主持人致词', '主席致词', '主席致辞',
];
/**
 * A head whose value says there is nothing under it (讨论事项：无, 临时动议：無, 主持人致词：（略）, 参加人员：如附件):
 * folded, the words after the colon, whole.
 */
export const NOTHING_VALUE = /^[（(]?(?:无|略|暂无|如附件|详附件|见附件|详见附件)[）)]?[。.]?$/;
/** Longer headings ending so are sentences that mention the word. */
export const MAX_PLAN_FIELD_TITLE = 8;
/**
 * A heading that opens with an action on the field is work, not the field's value: 压缩审批时限,
 * 缩短办理时间, 扩大覆盖范围. (检查/整改 open field names too: 检查整改时间.)
 */
export const PLAN_FIELD_ACTIONS: readonly string[] = [
  '压缩', '缩短', '延长', '明确', '规范', '严格', '优化', '调整', '扩大', '拓展', '精简', '减少', '提高', '降低',
  '确定', '统一', '细化', '完善', '加强', '强化', '创新', '改进', '丰富', '健全',
];

/**
 * A sentence that introduces the work after it: 做好以下几方面工作：, 具体分工如下：, 以下项目由某镇人民政府负责实施：
 * (the body named between 以下 and the colon). Matched on folded text; the colon closes the sentence.
 */
export const INTRODUCES_WORK = /(?:以下|如下)[\u4e00-\u9fff]{0,24}[：:]/;

/** Words that count a list of clauses inside a paragraph: 一是…二是…, 一要…二要…. */
export const ENUMERATOR_WORDS: readonly string[] = ['是', '要'];
