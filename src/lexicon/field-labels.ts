/**
 * Field labels and column headers, mapped to the role they play in a task.
 * Written in simplified script; traditional labels are folded to simplified
 * with `foldToSimplified` before lookup, so a variant is a one-line addition here.
 */
export type FieldRole =
  | 'leader' // 责任领导
  | 'unit' // 牵头/责任单位
  | 'partner' // 配合单位
  | 'deadline' // 完成时限
  | 'content' // 具体内容, 整改措施
  | 'goal' // 整改目标, 预期目标
  | 'title' // 项目名称, 任务名称
  | 'group' // 工作任务 (when a content column exists), 重点任务
  | 'category' // 类别
  | 'number' // 序号
  | 'status' // 进展状态, 完成情况
  | 'target' // 量化指标
  | 'remark'
  | 'path' // 层级/路径 (planlint's own ledger)
  | 'location' // 来源位置 (planlint's own ledger)
  | 'file'; // 文件 (planlint's own ledger)

export const FIELD_LABELS: Readonly<Record<FieldRole, readonly string[]>> = {
  leader: [
    '责任领导', '牵头领导', '分管领导', '责任人', '责任领导人', '包保领导', '联系领导', '主要负责人',
    '具体责任人', '负责人', '牵头人', '挂钩领导', '督办领导', '领导', '项目责任人', '项目负责人',
    // The leader a 包抓/包联 system assigns to a task or a case.
    '包抓领导', '包联领导', '包案领导',
  ],
  unit: [
    '责任单位', '牵头单位', '责任科室', '责任股室', '主办单位', '责任部门', '牵头部门', '承办单位',
    '责任处室', '牵头科室', '牵头处室', '责任主体', '实施单位', '责任股单位', '主责单位', '主责部门',
    '牵头责任单位', '负责单位', '负责部门', '承办部门', '落实单位', '责任单位（部门）', '单位',
    '实施主体', '执行单位', '实施部门', '负责科室', '负责处室', '负责股室',
    // A 分工方案 labels who does it by the work's division: 部门分工：某委牵头，各部门配合.
    '部门分工', '责任分工',
    // Taiwan writes 机关 for the body: 主办机关, 承办机关.
    '主办机关', '承办机关', '主办机构', '责任站所',
    // Short labels inside a note: （主办：社会局，协办：教育局）.
    '主办', '牵头', '承办', '主责',
  ],
  partner: [
    '配合单位', '协办单位', '参与单位', '协助单位', '配合部门', '协办部门', '参与部门', '协助部门',
    '配合科室', '协同单位', '协作单位', '配合责任单位', '协办机关', '配合机关',
    '协办', '配合', '协助',
    // 主办 / 会办: the body that handles the matter jointly with the lead (会办单位：某局; 会办：某局).
    '会办单位', '会办部门', '会办',
  ],
  deadline: [
    '完成时限', '整改时限', '完成时间', '时间节点', '完成期限', '办结时限', '时限要求', '时限',
    '完成时间节点', '建设年限', '实施时间', '截止时间', '完成日期', '办结时间', '时间安排', '计划完成时间',
    '整改期限', '时间', '截止',
    // A plan's schedule column or label: 时间进度：2024年9月, 时间要求：年底前, 进度安排：6月底前.
    '时间进度', '时间要求', '进度安排',
  ],
  content: [
    '具体内容', '建设内容', '工作内容', '工作措施', '整改措施', '具体措施', '主要内容', '任务内容',
    '工作任务内容', '主要措施', '推进措施', '工作举措', '具体任务', '实施内容', '问题描述', '存在问题',
    '问题表现', '任务', '措施', '项目内容', '实事项目', '民生实事',
    // A task broken down under its heading task (工作任务 | 细化分工 | 责任处室): the breakdown is the task.
    '细化分工', '具体分工', '细化任务', '细化措施', '任务分解', '分解任务',
  ],
  goal: ['整改目标', '工作目标', '目标任务', '预期目标', '目标要求', '预期成效', '整改要求', '目标'],
  title: ['项目名称', '任务名称', '事项名称', '工作事项', '整改事项', '问题名称', '工作名称'],
  group: ['工作任务', '重点任务', '主要任务', '重点工作', '任务类别'],
  category: ['类别', '类型', '领域', '板块', '分类', '专项', '行动'],
  number: ['序号', '编号', '序'],
  status: ['进展状态', '进展情况', '完成情况', '推进情况', '办理情况', '状态', '进度', '整改情况', '落实情况', '实际完成情况', '目前进展',
    '进展与成效', '进展成效', '进展及成效'],
  target: ['量化指标', '指标', '考核指标', '目标值', '指标值'],
  // A contact's number after an owner is no owner: its label ends the owner's value.
  remark: ['备注', '说明', '联系电话', '联系方式', '办公电话', '手机号码', '电话'],
  path: ['层级/路径', '层级', '路径'],
  location: ['来源位置'],
  file: ['文件'],
};

/** Words of overseeing: a label with them names who checks the work (督导单位, 督办部门, 监督单位), not who does it. */
const SUPERVISING_BODY = /督导|督办|督查|督促|监督/;

/**
 * Words that, inside an unknown label, tell its role: "责任股单位" is a unit
 * label nobody listed. Checked in order; the first hit wins.
 */
export const LABEL_ROLE_HINTS: ReadonlyArray<readonly [RegExp, FieldRole]> = [
  [/配合|协办|协助|参与|协同|协作|会办/, 'partner'],
  [/领导|责任人|负责人/, 'leader'],
  // The body that oversees the work (督导单位, 督办部门, 监督单位) checks it; it does not do it: no owner.
  [SUPERVISING_BODY, 'remark'],
  [/单位|科室|股室|部门|处室|站所|主体|机关/, 'unit'],
  [/时限|时间|期限|日期|年限|节点/, 'deadline'],
  [/措施|内容/, 'content'],
  [/目标/, 'goal'],
];

/** Labels whose presence alongside 牵头 turns 责任 into partners (DESIGN: "责任 means partners"). */
export const LEAD_MARKER = '牵头';

/**
 * One column for both owners (牵头单位/配合单位, 牵头单位（配合单位）): each cell names the lead
 * before its slash and the partners after it.
 */
export const LEAD_AND_PARTNER_HEADER = /^(?:牵头|主办|主责|责任)(?:单位|部门)?[/／(（]+(?:配合|协办|参与|协同|协作)(?:单位|部门)?[)）]?$/;
/** One column for a body and its person (责任单位及责任人, 责任部门（负责人）): each cell names the body, then the person. */
export const UNIT_AND_PERSON_HEADER = /(?:单位|部门|科室|股室|处室)(?:及|和|与|、|[/／(（])?(?:责任人|负责人)[)）]?$/;

/** Where such a cell parts its lead from its partners. */
export const LEAD_PARTNER_SLASH = /[/／]/;

/** A column of money (总投资（万元）, 2024年计划投资, 年度投资额): each row's amount, not words of its task. */
export const AMOUNT_HEADER = /(?:投资|投资额|资金|金额|造价|概算|预算)(?:[(（][^()（）]{1,6}[)）])?$/;
/** An amount already spent (已完成投资, 累计完成投资（万元）): progress reported, not a commitment. */
export const SPENT_AMOUNT_HEADER = /已完成|累计|实际完成|截至|截止/;
/** A project's whole cost (总投资, 计划总投资): its size, beside the amount the plan's period commits to. */
export const TOTAL_AMOUNT_HEADER = /总(?:投资|金额|造价|概算)/;

/**
 * Table headers name their columns more freely than field labels do
 * (内容与要求, 攻坚目标任务, 2023年重点工作任务, 牵头  领导): when a header
 * cell is not a known label, the first of these words it contains gives its
 * role. Only headers read these: in prose, "工作要求：" is a heading, not a field.
 */
export const HEADER_ROLE_HINTS: ReadonlyArray<readonly [RegExp, FieldRole]> = [
  [/序号|编号/, 'number'],
  // A count of things (任务数, 问题数) is a statistic of a summary, not a task's text.
  [/数$|数量$/, 'status'],
  [/配合|协办|协助|参与|协同|协作|会办/, 'partner'],
  [/领导|责任人|负责人|分管|联系人/, 'leader'],
  [SUPERVISING_BODY, 'remark'],
  [/进展|完成情况|落实情况|评价|成效|执行情况|推进情况|办理情况|整改情况|月份?进度安排|下一步/, 'status'],
  // A schedule column ("工作举措及实施计划": 4月底前…8月底前…) gives the task's milestones, the last its deadline.
  [/实施计划|进度安排|推进计划|进度计划|时间节点|计划安排/, 'deadline'],
  [/单位|科室|股室|部门|处室|站所|主体|机构|机关/, 'unit'],
  [/时限|期限|日期|年限|节点|时间|截止/, 'deadline'],
  [/类别|类型|领域|板块/, 'category'],
  [/备注|说明/, 'remark'],
  [/名称|题目/, 'title'],
  [/措施|内容|要求|举措|任务|事项|项目|计划|工作|实事/, 'content'],
  [/目标|指标/, 'goal'],
];
