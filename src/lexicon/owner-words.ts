/**
 * How an owner value says who leads and who helps: the verbs written after
 * the units ("县财政局牵头，县直各部门落实；各乡镇参照落实"), the open-list
 * tails that are not owners (…等有关部门), and the document conventions that
 * make the first-listed unit the lead. Simplified script; callers fold first.
 */

/** After a unit: it leads. */
export const LEAD_VERBS: readonly string[] = ['分别牵头负责', '分别牵头', '牵头负责', '牵头落实', '牵头组织实施', '牵头组织', '牵头', '主办', '主责', '负总责', '承办', '主抓'];

/** After a unit: it helps the lead. */
export const PARTNER_VERBS_AFTER: readonly string[] = ['按职责分工配合', '按职能分工配合', '按职责配合', '按职能配合', '配合落实', '积极配合', '协助配合', '配合', '协助', '协办', '会办', '参与', '协同', '参加'];

/**
 * After a unit: it carries the work out. With a lead named in the same value
 * these are partners ("县财政局牵头，县直各部门落实"); alone they own the task
 * ("各县区按职责分工负责").
 */
export const IMPLEMENT_VERBS: readonly string[] = [
  '按职责分工负责', '按职责分工落实', '按职能分工落实', '按职能分工负责', '按职责负责', '按职能负责', '分工负责', '分工落实',
  '按职责落实', '参照落实', '参照执行', '具体落实', '具体负责', '具体实施', '具体承办', '具体执行', '负责落实', '负责组织实施', '负责组织开展', '负责组织', '组织实施', '组织开展', '抓好落实', '共同负责', '按职责分工',
  '按职能分工', '分别负责', '分别落实', '各自负责', '落实', '负责', '实施', '组织', '承担', '统筹',
];

/**
 * A role in brackets right after a unit: "县住建局（牵头）、县财政局", "县财政局（配合单位）".
 * The first group leads, the second helps.
 */
export const ROLE_MARKER = /[（(](?:(牵头|主办|主责)(?:单位|部门)?|(配合|协办|协助|参与)(?:单位|部门)?)[）)]$/;

/** "由A会同B…" and "A会同B": A leads, B helps. */
export const TOGETHER_WORDS: readonly string[] = ['会同', '联合', '协调'];

/**
 * An open list's tail is not an owner: "县水利局等部门" is 县水利局, and so are
 * "…等有关部门", "…等市级有关部门", "…等省有关部门和单位", "…等".
 */
export const OPEN_LIST_TAIL = /等(?:[省市县区州乡镇](?:级|直)?)?(?:各)?(?:有关|相关|其他)?(?:职能)?(?:部门|单位|成员单位|机构)?(?:和单位|和部门)?$/;

/**
 * Generic organisation words that, after 和/及/与, complete the name before
 * them rather than start a new owner: "高新区党工委和管委会", "各县(市、区)党委和人民政府".
 */
export const BARE_ORG_WORDS: readonly string[] = ['管委会', '党工委', '人民政府', '政府', '办公室', '委员会', '党委', '领导小组', '办事处'];

/** A level word standing alone in a 、 list belongs to its neighbours: "各县、市、区政府" is one owner. */
export const BARE_LEVEL_CHARS = '县市区乡镇街';
/**
 * Bodies of an area that a level character opens but that stand whole (各镇、街道 is 各镇 and 街道, as the
 * corpus splits on 、): no body is shared with the level before them.
 */
export const WHOLE_AREA_BODIES: readonly string[] = ['街道', '街道办', '街道办事处', '社区', '乡镇', '镇街'];

/**
 * A role noun set before the body that plays it (由包片单位县气象局负责, 建设单位市城投集团): the
 * owner is the body named after it, which opens with its level.
 */
export const ROLE_NOUN_BEFORE_NAME = /^.{0,8}?(?:单位|部门)(?=[省市县区州旗乡镇])/;

/**
 * Document conventions saying the first unit of each list leads (列第一位的为牵头单位,
 * 排序第一的为牵头单位, 第一责任单位为牵头单位, 首位单位为牵头单位, a column's note 第一个为牵头单位) and the lead marks some documents use
 * (标*的为牵头单位). The role may carry a word of its own before it: 列第一位者为工作牵头单位.
 */
export const FIRST_LISTED_LEADS_PATTERNS: readonly RegExp[] = [
  /(?:列|排|排序|排列|排在|列在|列于)(?:在)?(?:第一位|第一|首位|首)(?:的|者)?(?:单位|部门)?(?:为|是)(?:工作|本项|该项)?(?:牵头|主办|主责)/,
  /(?:第一位?|首位)的?(?:责任)?(?:单位|部门)(?:为|是)(?:工作|本项|该项)?(?:牵头|主办|主责)/,
  /(?:第一[个家]|第1[位个家]|首个)(?:责任)?(?:单位|部门)?(?:为|是)(?:工作|本项|该项)?(?:牵头|主办|主责)/,
  /(?:排名|排序)(?:第一|首位|在前)(?:的|者)?(?:为|是)(?:牵头|主办)/,
  /(?:列在首位|列于首位|列首位)的?(?:为|是)(?:牵头|主办)/,
];
export const STAR_LEADS_PATTERN = /[标带注]有?[*＊※★]的?(?:单位)?(?:为|是)(?:牵头|主办|主责)/;

/** Separators between owners in a value. */
export const OWNER_SEPARATORS = '、，,；;/／\n\t';
