/**
 * How owners are written: the endings of organisation names, the verbs that
 * follow an acting subject, and the placeholders a 督查 reviewer sends back.
 */

/** An organisation name ends with one of these (longest first is not needed: regex alternation). */
export const ORG_SUFFIXES: readonly string[] = [
  '办公室', '领导小组', '工作专班', '专班', '小组', '委员会', '中心', '政府', '单位', '部门', '街道', '乡镇',
  '社区', '公司', '集团', '支部', '党委', '党组', '学校', '医院', '经开区', '开发区', '园区', '工业区',
  '局', '委', '办', '站', '部', '科', '股', '室', '处', '所', '馆', '院', '会', '队', '组', '厅', '署',
  '团', '社', '村', '镇', '乡', '区', '县', '市', '省', '校', '台', '联', '厂', '银行', '分行', '支行', '人行',
  '林场', '农场', '牧场', '渔场', '机场', '海关', '机关',
  // A Taiwan township office's sections (民政課, 財經課): its 课 is another's 科.
  '课',
  // 县财政 is the county's finance bureau when it acts (县财政负责…, 市财政牵头…): a level's 财政 is a body.
  '省财政', '市财政', '州财政', '县财政', '区财政', '旗财政', '乡财政', '镇财政',
];

/**
 * Endings of bodies an owner field may name though prose names them as things
 * to build (新建配套幼儿园): a 督查 notice's 责任主体 may be a shop or a kindergarten.
 * Read as owners in owner values only.
 */
export const OWNER_FIELD_ONLY_SUFFIXES: readonly string[] = ['店', '幼儿园'];

/** A text that ends as an organisation name does: 县教育局, 各乡镇人民政府. */
export const ORG_NAME_END = new RegExp(`(?:${ORG_SUFFIXES.join('|')})$`);
/** The same, a bracketed gloss allowed after the name: 县文旅局（县文物局）. */
export const ORG_NAME_END_GLOSSED = new RegExp(`(?:${ORG_SUFFIXES.join('|')})(?:[（(][^（）()]*[)）])?$`);

/** Verbs after a clause-initial subject that make it the owner of the clause. */
export const OWNER_VERBS: readonly string[] = [
  '牵头负责', '具体负责', '负责', '牵头', '要', '应', '须', '必须', '做好', '抓好', '制定', '组织', '开展',
  '加强', '完成', '落实', '推进', '建立', '统筹', '承担', '会同', '联合', '共同',
  // A subject may first say how it will act: 局综合科结合日常工作…发布, 各乡镇按照要求…
  '结合', '按照', '根据', '对照', '围绕', '依托',
  // A body holding a meeting or an event runs it: 自治区党委、自治区人民政府召开动员大会.
  '召开', '举办',
  // What minutes tell a body to do right after its name (会议要求，某局细化方案，…): the verbs and adverbs of urging.
  '细化', '完善', '强化', '压实', '健全',
];

/**
 * Prepositions that open an adverbial between a clause's subject and its verb: 某局对…开展,
 * 某集团在全集团组织…, 某局于6月底前完成, 某局就…召开. A body's name ends before them.
 */
export const ADVERBIAL_PREPOSITIONS: readonly string[] = ['围绕', '针对', '对', '在', '于', '就', '按', '向', '从'];

/**
 * Those that also end a name closed by a place level alone (某县在全县开展…): place names seldom
 * open with them, as they do with 于, 向, 从 (于都县, 向阳镇, 从化区).
 */
export const ADVERBIAL_PREPOSITIONS_AFTER_PLACES: readonly string[] = ['围绕', '针对', '对', '在'];

/**
 * Words that open with one of those prepositions but open no adverbial: words of names (县委对外宣传办,
 * 人社局就业服务中心, 城关镇向阳村) and 在内 (包括某局在内的各部门, where the body is no subject).
 */
export const NOT_ADVERBIAL_OPENERS: readonly string[] = ['对外', '对口', '就业', '向阳', '在线', '从业', '在内'];

/** Verbs after a clause-initial subject that make it a partner. */
export const PARTNER_VERBS: readonly string[] = ['配合', '协助', '协同', '协办', '会办', '参与', '参加', '列席'];

/**
 * Words of organisation names that open with an acting verb: 县应急局 is not 县 + 应,
 * 县委组织部 not 县委 + 组织. A subject's verb never starts one of these. Nor does it start
 * a place word: 城乡结合部 (the urban fringe) is where work is done, not 城乡 + 结合.
 */
export const NAME_WORDS_OPENING_WITH_VERBS: readonly string[] = [
  '应急', '组织部', '组织人事', '要素', '联合会', '统筹办', '统筹中心', '推进办', '推进中心', '共同体', '参与式',
  '结合部',
];

/** Verbs that end as a body's name does (部署 ends in 署 as 审计署 does): no name ends with them (动员部署, 安排部署). */
export const VERBS_ENDING_LIKE_NAMES: readonly string[] = ['部署'];

/** Words after a subject naming its people rather than itself: "各乡镇相关人员参加会议". */
export const SUBJECT_PEOPLE_WORDS: readonly string[] = [
  '相关人员', '有关人员', '相关负责人', '主要负责同志', '负责同志', '工作人员', '全体班子成员', '班子成员', '全体干部', '全体人员',
];

/** The kinds of body, bare (部门协同行动): no body at all as a clause's subject. */
export const GENERIC_BODY_WORDS: readonly string[] = ['部门', '单位', '机构', '机关', '政府', '部门间'];

/** Collective placeholders that name no accountable body (docs/rules/vague-owner.md). */
export const VAGUE_OWNER_WORDS: readonly string[] = [
  '各有关单位', '各相关单位', '有关单位', '相关单位', '各成员单位', '成员单位', '各科室', '各股室', '各处室',
  '各部门', '相关部门', '有关部门', '各有关部门', '各相关部门', '各单位', '相关科室', '有关科室', '村',
];

/**
 * Placeholders built from parts: a scope (市直, 区政府, 州级 …), a quantifier
 * (各, 有关, 相关, 其他) and a kind of body (单位, 部门, 科室 …) — "区政府有关部门",
 * "市級各有關部門", "县各有关单位", "州直相关单位", "各业务单位". 有关/相关 before any
 * body names an unknown subset ("有关乡镇", "相关管委会"); 各 before a level
 * (各乡镇, 各村) names every one of a known set and is no placeholder.
 */
export const VAGUE_OWNER_PATTERNS: readonly RegExp[] = [
  /^(?:[市县区州省乡镇](?:直|级|政府|委)?|局机关|机关|政府)?各?(?:有关|相关|其他|其它)?(?:职能|业务|责任|成员|直属)?(?:单位|部门|科室|股室|处室|机构)$/,
  /^(?:[市县区州省乡镇](?:直|级|政府)?)?(?:有关|相关|其他|其它)\p{Script=Han}{1,4}$/u,
];

/** A class of enterprises, no one of them named: 市国有公司, 国有企业, 区属国企. */
export const VAGUE_CLASS_PATTERN = /^(?:[市县区州省](?:属|级)?)?(?:(?:国有|国营|市属|区属|县属)(?:公司|企业)|国企)$/;

/** Glyphs that redact a name in public copies: 陈*, ××, XXX, 某. */
export const REDACTION_PATTERN = /^(?:[*＊]+|[×xXＸ]{2,}|某+|[○〇]{2,}|…+)$/u;

/** Scopes that narrow a placeholder no further: "市直各有关单位", "局机关各科室" are still placeholders. */
export const VAGUE_OWNER_SCOPES: readonly string[] = ['市直', '县直', '区直', '镇直', '乡直', '局属', '局机关', '机关', '全局', '全市', '全县', '全区', '全镇'];

/**
 * Level words that, bare, name a kind of body rather than one body: they follow
 * a 各 list ("各乡镇、街道、经开区") and each acts for its own area.
 */
export const BARE_LEVEL_WORDS: readonly string[] = [
  '乡镇', '镇', '乡', '街道', '社区', '村', '村（社区）', '镇区', '园区', '开发区', '经开区', '工业区', '居委会', '村委会',
];

/** A collective whose members each act for their own area: 各村, 各乡镇, 各县（市、区）. */
export const COLLECTIVE_OWNER_PATTERN = /^各/u;

/** Placeholders for a leader: no one is accountable by name or post. */
export const VAGUE_LEADER_WORDS: readonly string[] = [
  '各有关领导', '相关领导', '有关领导', '各分管领导', '各责任领导', '各级领导', '班子成员', '领导班子', '各班子成员', '领导班子成员',
];

/** Marks that say which owner leads: a 牵头单位 label, "县文化局（牵头）". */
export const LEAD_MARKS: readonly string[] = ['牵头', '主办', '主责', '负总责'];

/** Part of a name is redacted: 陈*, 陈某, ××县建设局. */
export const PARTIAL_REDACTION_PATTERN = /[*＊]|[×xXＸ]{2,}|某|[○〇]{2,}/u;

/** Post words that, besides the roster's job titles, end a leader given by post: 分管领导, 主要负责同志. */
export const LEADER_POST_WORDS: readonly string[] = ['领导', '负责同志', '常委', '班子成员'];

/** Words that never stand in a person's name: what is left of "分管副局长" after its title is a post, not a name. */
export const NOT_A_NAME_WORDS: readonly string[] = [
  '分管', '主管', '主要', '相关', '有关', '牵头', '责任', '班子', '党组', '党委', '机关', '单位', '部门', '科室', '办公室', '领导',
];
