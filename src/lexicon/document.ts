/** Words of a document's frame: its kind, its web-page chrome, its attachments. */

/** A title ends with one of these document kinds. */
export const DOCUMENT_KIND_WORDS: readonly string[] = [
  '工作方案', '实施方案', '整改方案', '行动方案', '工作要点', '工作计划', '行动计划', '实施意见', '方案', '计划',
  '要点', '通知', '意见', '清单', '分解表', '任务表', '责任表', '台账', '办法', '规划', '细则', '安排', '责任书',
  // A year's list of work is titled by what it lists: 2023年重点工作任务, 2021年民生实事项目.
  '重点任务', '工作任务', '目标任务', '实事项目', '任务分解', '责任分解', '责任分工', '任务分工',
];
/**
 * Kinds a title may end in that are no plan: a 督查通报, a 整改情况的公示 (meta's title only). Not 报告: a title
 * broken over two lines may end its first on a cited 政府工作报告.
 */
export const TITLE_ONLY_KIND_WORDS: readonly string[] = ['通报', '公示'];

/** Minutes are titled by the meeting or its record (某组2024年第4次工作会议, …会议纪要): a title's kind, to meta only. */
export const MINUTES_TITLE_WORDS: readonly string[] = ['会议', '纪要', '纪录', '记录'];

/** What else an attachment list names besides plans: any 表, a 名单, a 目录. */
export const LISTED_KIND_WORDS: readonly string[] = ['表', '名单', '目录'];

/** The labels of a portal's facts about the document (索引号, 发布机构, 文号…), a space allowed between a short label's characters. */
const PORTAL_META_WORDS = String.raw`(?:发布日期|发布时间|发文日期|时间|日期|来源|信息来源|作者|浏览次数|浏览量|访问量|点击数|阅读次数|(?:信息)?索\s*引\s*号|文件名称|标\s*题|主\s*题\s*词|主题分类|发布机构|文\s*号|发布文号|成文日期|字号|发文单位|发文机关|发文序号|发文字号|信息名称|名\s*称|分\s*类|信息分类|生成日期|是否有效|信息有效性|有\s*效\s*性|公开类型|公开方式|公开属性|公开期限|公开日期|公开范围|体裁分类|所属机构|组配分类|主题导航|生效日期|废止日期|关\s*键\s*词|内容概览|内容概述|在线链接地址|文件下载)`;
/**
 * A portal's metadata label, its colon after it (索引号：, 发布机构：, 标 题：): the page's facts about the
 * document, never a column of a table.
 */
export const PORTAL_META_LABEL = new RegExp(`^(?:[-–—·•●]\\s*)?${PORTAL_META_WORDS}\\s*[:：]`);

/** The labels a portal puts in a cell of their own, the value in the next cell (发文日期 | 2022-01-02): never a column's name. */
const PORTAL_FACT_CELL_WORDS = String.raw`(?:(?:信息)?索\s*引\s*号|标\s*题|文\s*号|发布机构|发布单位|成文日期|发文日期|发布日期|发文字号|文件名称|信息名称|主题分类|信息分类|组配分类|公开方式|公开范围|公开时限|公开日期|有\s*效\s*性|发文机关|生效日期|废止日期|内容概述)`;
/** A cell that is a portal's fact label and nothing else (发布单位, 发文日期 in 发布单位 | 某区政府 | 发文日期 | …). */
export const PORTAL_FACT_CELL = new RegExp(`^${PORTAL_FACT_CELL_WORDS}\\s*[:：]?$`);

/** A portal's fact label alone after its bullet, its value on the next line (• 索引号 ⏎ 1134…/2021-00038). */
const PORTAL_META_BULLET_LABEL = new RegExp(`^[-–—·•●]\\s*${PORTAL_META_WORDS}\\s*$`);

/**
 * Lines of a saved web page that are not part of the document: portal metadata
 * (索引号, 发布日期), upload notes (导语), navigation (上一篇/下一篇), print links.
 */
export const WEB_CHROME_PATTERNS: readonly RegExp[] = [
  PORTAL_META_LABEL,
  PORTAL_META_BULLET_LABEL,
  // The same facts as a row of cells, a label in one and its value in the next: 索 引 号 | 0001/2025-001 | 公开方式 | 主动公开 |.
  new RegExp(`^[|｜]?\\s*${PORTAL_FACT_CELL_WORDS}\\s*[|｜]`),
  // The same facts set apart by spaces, a second label on the line: 索 引 号 0001/2025-001 公开方式 主动公开, 成文日期 2025-01-02 废止日期.
  new RegExp(`^${PORTAL_FACT_CELL_WORDS}\\s+\\S.*\\s${PORTAL_FACT_CELL_WORDS}(?:\\s|$)`),
  /^导语\s*[:：]/,
  // An encyclopedia page's box of facts about a document: • 中文名：…, 颁布时间：….
  /^(?:[-–—·•●]\s*)?(?:中文名|外文名|颁布时间|颁布单位|发布单位|实施时间|文件编号)\s*[:：]/,
  // A portal's skip link for screen readers: 跳到主要内容区块, and the ::: accesskey mark beside it.
  /^(?:跳到主要?内容区?块?|跳至主要内容|跳过导航|略过导航|:::)$/,
  // A page's tab or anchor over the text: 全文, 正文, or the section label of its template (新闻详情).
  /^[【[]?(?:全文|正文|阅读全文|新闻详情|文章详情|信息详情|内容详情|详情)[】\]]?$/,
  /^[-–—·•●]?\s*(?:上一篇|下一篇|上一条|下一条)\s*[:：]?/,
  // A document-sharing site's terms over the text, numbered as its list gives them: 1、下载文档前请自行甄别….
  /下载文档前请自行甄别|仅部分预览.{0,3}的文档|如文档侵犯您的权益|本文档由用户(?:提供并)?上传/,
  // A document-sharing site's facts about the file, one bullet each: - 格式:doc, - 大小:1.2 MB, - 约 9页,
  // - 约4.3千字, - 2024-05-06 发布于江苏, - 举报, and its bare counters (- 0).
  /^(?:[-–—·•●]\s*)?(?:格式|文档格式|大小|文件大小|文档页数|页数|字数|上传时间|上传者|贡献者|下载次数|下载积分)\s*[:：]/,
  /^[-–—·•●]\s*(?:约\s*[\d.]+\s*[千万]?\s*[字页]|\d+|举报|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\s*发布于\S{1,8})$/,
  // Its preview's prompts around the text: 还剩3页未读，继续阅读, 文本内容：, 预览结束，…请扫码联系…, and its buttons
  // and lists after it (下载文档, 文档评论(0), 相关文档, 1亿VIP精品文档, 当前文档共25页).
  /^还剩\s*\d+\s*页未读|^文本内容\s*[:：]$|^预览(?:已经?)?结束|免费(?:获取|下载|阅读)全文|扫码联系/,
  /^(?:下载(?:本)?文档|相关文档|文档评论\s*[(（]\d+[)）]|\d+亿VIP精品文档|当前文档共\s*\d+\s*页)/,
  // A breadcrumb: 当前位置：首页 > 政务公开 > …, 您现在所在的位置: 网站首页 > …, 首页 >> 新闻中心 >> …; a page may break it after 首页
  // and go on with its arrows (首页 ⏎ -> 要闻 -> 公告).
  /^(?:您的位置|您(?:当前|现在|目前)?所?在?的?位置|当前所?在?的?位置|所在位置|现在位置|位置导航)\s*[:：]|^首\s*页\s*(?:>|＞|»|→|\/|$)|^(?:->|>>|＞|»|→)\s*\S/,
  // The breadcrumb's rest on a line of its own, each step after a single >: "> 政民互动 > 意见征集".
  /^>\s*[^>\s]{2,12}\s*>\s*\S/,
  // A button alone on its line: 返回, 关闭, 打印, 朗读 (read aloud); a toolbar flattened into a list gives each its
  // bullet (• 字号: ⏎ • | ⏎ • 打印), the separator between them an item of its own.
  /^(?:[-–—·•●]\s*)?[【[]?(?:返\s*回|关\s*闭|打\s*印|朗\s*读)[】\]]?$|^[-–—·•●]\s*[|｜]$/,
  // An accessibility or elder-mode toolbar: 无障碍浏览 长者模式, 关怀版.
  /^(?:无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化(?:模式|版)?|读屏模式)(?:\s+(?:无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化(?:模式|版)?|读屏模式))*$/,
  /^(?:[-–—·•●]\s*)?(?:[【[]?(?:打印本页|关闭窗口|返回顶部|收藏本页)|【打印】|【关闭】|分享到|字体[:：]|字号[:：]|【字体|听全文|加入收藏)/,
  // A law database's record fields over the text: 【法宝引证码】CLI.1.…, 【时效性】现行有效, 【发文字号】….
  /^【(?:法宝引证码|时效性|效力级别|发布部门|制定机关|发文字号|发布日期|公布日期|实施日期|施行日期|法规类别|类别|失效依据)】/,
  // A site's footer: who runs it (主办单位：… 承办单位：… 技术支持：…, credits side by side on one line). A 主办单位
  // line alone is a task's field, not chrome. Its registration marks anywhere in a line: WEB_FOOTER_MARKS.
  /^(?:主办单位|主办|主管单位|承办单位|承办)\s*[:：][^。；;]{1,40}?\s(?:承办单位|承办|技术支持|协办单位|运维单位|联系电话|地址|网站标识码)\s*[:：]|^©|^(?:技术支持|网站地图|联系我们)(?:\s*[:：]|$)/,
  // A site's terms under the text, often numbered (1、本网站所登载之内容…, 2、本网原创之作品…), and its
  // contact for rights (有关作品版权事宜请联系…): the site's words, not the document's.
  /本网站?所(?:登载|刊登|刊载|发布|转载)|本网(?:站)?原创|作品版权事宜|(?:凡|如)本网(?:站)?注明|版权归原作者所有/,
  // Minutes' attendance lines, at the head or the foot (出席：…, 列席：…, 记录：…): the record's frame, no task's words.
  /^(?:出\s*席|列\s*席|出席人员|列席人员|参会人员|与会人员|参加人员|请\s*假|请假人员|缺\s*席|记\s*录|纪\s*录|记录人)\s*[:：]/,
  // A news site's prompts to follow it under the article, often starred: ★加入某报Line好友, ★下载某某新闻APP,
  // ★Facebook 按赞追踪, 订阅某频道: the site's words, asking no body of the document to act.
  /^[★☆]?\s*(?:加入.{1,16}(?:Line|LINE|好友)|下载.{1,16}(?:APP|App|app)|(?:Facebook|FB|脸书)\s*按赞|订阅.{1,12}(?:频道|电子报))/,
  // A newspaper's page header over the article: 第02版：综合 PDF版阅读, 第3版:要闻.
  /^第\s*[0-9０-９]{1,3}\s*版\s*[:：]/,
  // A date alone, as pages stamp their posts: "• 2021-03-05", "2023-02-09 10:00", in full-width digits too.
  /^(?:[-–—·•●]\s*)?(?:19|20|１９|２０)[0-9０-９]{2}[-./][0-9０-９]{1,2}[-./][0-9０-９]{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?$/,
];

/** A site's registration marks, wherever they stand in a footer's line: 网站标识码, ICP备, 公网安备, 版权所有. */
/**
 * A notice's closing formula (特此通知。特此公示！) ends its text: the lines after it that open with the notice's
 * own particulars (公示时间：…, 联系电话：…) belong to no item. Simplified; fold first.
 */
export const CLOSING_FORMULA = /^特此(?:通知|通报|公示|公告|报告|函告|说明)[。！!.]?$/;
export const CLOSING_NOTE_LABEL = /^(?:公示时间|公示期|公示期间|联系人|联系电话|联系方式|监督电话|举报电话|咨询电话)[:：]/;

export const WEB_FOOTER_MARKS: readonly string[] = ['网站标识码', 'ICP备', 'ICP证', '公网安备', '版权所有', 'Copyright'];

/** An attachment head: 附件, 附件2, 附1, 附件：… */
export const ATTACHMENT_HEAD = /^附(?:件)?\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?/;

/**
 * A notice's 主送 line names whom it addresses and ends in a colon:
 * 各镇人民政府、街道办事处，区政府各部门： — these words name such bodies.
 */
export const ADDRESSEE_BODY_WORDS: readonly string[] = ['政府', '单位', '部门', '机构', '管委会', '办事处', '委员会', '委、办、局', '直属局'];

/** A document-sharing site's notice over the file's text: 《…》由会员分享，可在线阅读…请在…上搜索。 */
export const DOC_SHARING_NOTICE = /由会员分享|可在线阅读|在线免费阅读|珍藏版/;

/**
 * A document-sharing site's prompts where its preview stops (当前文档共25页, 还剩3页未读,
 * 下载本文档, 文档评论(0), 相关文档), which a page may run onto the preview's last words: the text ends before them.
 */
export const DOC_SHARING_PROMPT = /当前文档共\s*\d+\s*页|还剩\s*\d+\s*页未读|下载本文档|文档评论\s*[(（]\d+[)）]|相关文档$/;

/**
 * A page that says it interprets a document: 现将主要内容解读如下, 现对《通知》进行政策解读, 政策解读单位：…, 解读机构及咨询方式, a heading 内容解读,
 * or the interpretation's account of the plan's parts: 《方案》由五部分组成, 《方案》共分为三个部分.
 */
export const INTERPRETATION_SENTENCE = /解读如下|现(?:就|对)《[^》]{1,60}》(?:进行|作|作出)(?:政策)?解读|^(?:政策)?解读(?:单位|机构|人)[:：及]|^(?:内容|政策)解读$|^《[^》]{1,40}》(?:共|主要)?(?:由|分为?|包括)[一二三四五六七八九十\d]{1,2}个?(?:部分|方面)(?:组成|构成|内容)?[，,。：:]?$/;

/** Kinds of rules, not plans: a document that enacts one (特制定本办法) assigns no tasks. */
export const REGULATION_KINDS: readonly string[] = ['办法', '规定', '细则', '规则', '条例', '准则', '章程', '制度'];

/**
 * A notice that issues or forwards a plan names it in its title:
 * 关于印发《…》的通知, 转发…的通知. Published alone (the plan an attachment
 * the page does not hold), its numbered requirements are still the notice's.
 */
export const COVERING_TITLE = /(?:印发|转发|印送)\S{0,80}通知$/;

/**
 * The sentence that sends the plan: 现将《…》印发给你们, 现印发给你们, 予以分解印发, 现将…目标任务分解下达。
 * (or 分解下发，, 下发给你们, 下达给你们);
 * or that sets out how to carry out a task breakdown sent apart (现将重点任务分解落实有关事项通知如下).
 * 分解下达 sends only where its sentence ends: 分解下达如下： opens the breakdown itself.
 */
export const COVERING_SENTENCE = /(?:印发|转发|印送|下发|下达)给你们|印发给你单位|予以分解印发|分解下[达发](?:给你们)?[。；;，,]|(?:分解|分工)\S{0,30}?通知如下/;

/**
 * The red-head line "XX局文件" carries the issuer; a portal's 文件类型 value (政府文件, 部门文件) names a
 * kind of document, not who issued it.
 */
export const RED_HEAD = /^(?!(?:政府|部门|党委|规范性|其他|行政规范性)文件$)(.{2,40}?)(?:文件|文\s*件)$/;

/**
 * A report on rectification (整改情况的报告, …整改情况的函, 整改进展情况的通报) tells what was done about the
 * problems: its title ends so, or it says so opening its account (现将整改情况报告如下, 现将巡察整改情况予以公布,
 * 报告…整改情况，请予审议). A 公示 of what was done, for objections before the problem is closed (…整改情况的公示,
 * 现对…整改完成情况进行公示), is one too. Matched on folded text without spaces.
 */
export const RECTIFICATION_REPORT_TITLE = /整改(?:工作|落实|推进|完成)?(?:情况|进展情况|进展|结果)?的?(?:报告|函|通报|公示(?:情况说明)?)$/;
export const RECTIFICATION_REPORT_SENTENCE =
  /现[将对].{0,40}整改.{0,20}(?:情况|进展|结果|成效).{0,8}(?:如下|予以公[布开告示]|进行公示)|报告.{0,60}整改情况[，,]?请予审议/;
/**
 * A report's sentence that opens its own account of any work (现将工作推进情况总结如下): a report on rectification
 * when its opening speaks of 整改. Not a 通报 of what an inspection found (现将检查情况通报如下), which sets the work.
 */
export const REPORT_SENTENCE = /现将.{0,40}(?:情况|进展|结果|成效).{0,8}(?:报告|汇报|总结|函告)如下/;

/**
 * A report reviewing work done (2030年工作总结, 某年施政工作回顾与总结, 年度工作回顾): its items recount, they set
 * nothing to track. Not one that also plans (工作总结和下年工作计划, 回顾与展望): that part sets work. Simplified; fold first.
 */
export const WORK_REVIEW_TITLE = /(?:工作|施政)(?:总结|回顾(?:与|和|及)?总结|回顾)(?:报告)?$/;
export const PLANNING_TITLE_WORDS: readonly string[] = ['计划', '打算', '安排', '思路', '展望', '要点', '方案'];
/** The opening sentence of such a review: 现在，我简要回顾和总结某年的工作. */
export const WORK_REVIEW_SENTENCE = /回顾(?:和|与|并)总结.{0,30}工作|(?:对|就).{0,30}工作(?:作|进行)?(?:简要)?回顾(?:和|与)总结/;

/** The section of a report that turns to the work ahead: 下一步工作计划, 下步打算, 今后工作, 下阶段工作. */
export const FORWARD_SECTION_WORDS: readonly string[] = ['下一步', '下步', '今后', '下阶段', '下一阶段'];

/** An account item that says its problem is still open: 未整改到位, 正在整改, 持续整改. Simplified; fold first. */
export const OPEN_RECTIFICATION_WORDS: readonly string[] = ['未整改', '正在整改', '持续整改', '未完成整改', '整改中', '未销号'];

/** Words that commit an account's item to a date (保证7月底完成, 预计9月整改到位). Simplified; fold first. */
export const COMMITTING_WORDS: readonly string[] = ['保证', '确保', '预计', '力争', '争取', '计划于', '将于', '拟于', '计划在'];

/** An account item that says its work is done: 已完成整改, 已整改到位, 已办结. Simplified; fold first. */
export const DONE_RECTIFICATION_WORDS: readonly string[] = ['已完成', '已整改', '已办结', '已销号', '已落实', '已解决', '整改完毕'];

/**
 * The labels of a report's problem and what was done about it: 问题清单：… 整改情况：…, 问题描述：…, 整改措施：….
 * Simplified; fold first.
 */
export const PROBLEM_ACCOUNT_LABEL = /(?:问题清单|问题描述|存在问题|问题表现|反馈问题|整改措施|整改情况)[:：]/;

/**
 * Words of a shortfall, as a report states each problem in its item's title (公示栏更新不及时, 学习不深不透,
 * 约束性指标任务未完成, 环境脏乱差); 问题 itself. Simplified; fold first.
 */
export const SHORTFALL_WORDS: readonly string[] = ['问题', '不', '未', '缺乏', '缺少', '缺失', '滞后', '薄弱', '偏低', '偏高', '较差', '脏乱', '差', '少', '弱化', '淡化', '虚化'];
/** Words that hold those without telling a shortfall: the frame's principles and resolve (坚持问题导向, 不断完善, 坚定不移). */
export const NOT_SHORTFALL_WORDS: readonly string[] = [
  // What the work acts on (针对整改问题召开会议, 及时解决问题难题) and how often (不定期) tell no shortfall.
  '整改问题', '解决问题', '不定期', '不定时',
  '问题导向', '未来', '不断', '不忘', '不折不扣', '不移', '不懈', '毫不', '决不', '绝不', '不放松', '不松劲', '不打折扣', '不讲条件', '不走过场',
];
