/**
 * Traditional → simplified for the vocabulary planlint matches on (labels,
 * section titles, roles, time and owner words). Values are reported as written;
 * only matching folds, so a small table serves and opencc-js stays off the hot path.
 * The two strings are aligned character by character.
 */
const TRADITIONAL = '責領導單時間辦門協參與標務進況預計劃項內負擔頭牽據實級類別體數題問組長員書記經濟發歸屬點節結說備註狀態處號編設電話傳開將應須個萬億兩規範區縣鄉鎮廣東會議黨場園圖館戲劇歷華環衛視聽聯繫係統籌網絡舉報紙週後於從為對總達當現階盡適擇機續堅勞動業專義構權幹營創產財稅資執紀檢監護險災醫療藥學師訓練樂藝術農鐵運輸觀覽遊陽雲龍灣島橋貫徹習積極織調強則職掛鉤層徑來確廳幫審簽訂雜屆鄰戶車輛價聞齊廠礦幣隊兒補貼減糧絲線綫練擴險證據評營養薦獎懲務況圍遷關請課測轄團';
const SIMPLIFIED = '责领导单时间办门协参与标务进况预计划项内负担头牵据实级类别体数题问组长员书记经济发归属点节结说备注状态处号编设电话传开将应须个万亿两规范区县乡镇广东会议党场园图馆戏剧历华环卫视听联系系统筹网络举报纸周后于从为对总达当现阶尽适择机续坚劳动业专义构权干营创产财税资执纪检监护险灾医疗药学师训练乐艺术农铁运输观览游阳云龙湾岛桥贯彻习积极织调强则职挂钩层径来确厅帮审签订杂届邻户车辆价闻齐厂矿币队儿补贴减粮丝线线练扩险证据评营养荐奖惩务况围迁关请课测辖团';

/**
 * More characters the lexicons use, in their Taiwan and Hong Kong forms
 * (derived with opencc-js; test/lexicon/hant.test.ts keeps the lexicons
 * covered). Folded like the ones above, but their simplified side is not
 * counted as a mark of simplified script: 台, 里, 余, 几 are written in
 * traditional text too.
 */
const MORE_TRADITIONAL = '辭暫併諮詢決緊準錄認見臺賬細瀏擊閱閲讀詞稱語條頁閉頂鈎塊際説蓋曉滿種籤約佔轉頻匯費額冊穩過較裡裏頃撥還識餘貳叄陸醜銀漁帶歐馬諸遲孫獨宮張劉陳楊黃趙吳羅鄭謝許韓馮鄧蔣葉蘇呂盧鍾譚賈韋鄒閆賀顧龔錢嚴湯溫喬龐顏莊聶魯嶽蘭寧畢塗駱藍鮑饒繆簡連蘆麥婁竇衞閔鄔邊欒榮叢鞏鄺談荊鬱儲諶藺樓盤厲闞帥樸豐國晉闕烏鮮戰賓陰堯揮驟銷驗沒擬爭選賽蘊藴氣壓幾齡輕縮圓畝釐噸棟輪盞佈儘鐘優啟啓託繞彙訪給們討綱論詳聞無礙懷載檔僅並頒歲廢鍵鏈貢獻該慶禮寶碼針饋夠滯髒虛亂斷絕鬆勁講維崗熱邏鑑暢響礎獲掃臨奧亞讚贊臉';
const MORE_SIMPLIFIED = '辞暂并咨询决紧准录认见台账细浏击阅阅读词称语条页闭顶钩块际说盖晓满种签约占转频汇费额册稳过较里里顷拨还识余贰叁陆丑银渔带欧马诸迟孙独宫张刘陈杨黄赵吴罗郑谢许韩冯邓蒋叶苏吕卢钟谭贾韦邹闫贺顾龚钱严汤温乔庞颜庄聂鲁岳兰宁毕涂骆蓝鲍饶缪简连芦麦娄窦卫闵邬边栾荣丛巩邝谈荆郁储谌蔺楼盘厉阚帅朴丰国晋阙乌鲜战宾阴尧挥骤销验没拟争选赛蕴蕴气压几龄轻缩圆亩厘吨栋轮盏布尽钟优启启托绕汇访给们讨纲论详闻无碍怀载档仅并颁岁废键链贡献该庆礼宝码针馈够滞脏虚乱断绝松劲讲维岗热逻鉴畅响础获扫临奥亚赞赞脸';

const FOLD: ReadonlyMap<string, string> = buildFold(TRADITIONAL, SIMPLIFIED);
const MORE_FOLD: ReadonlyMap<string, string> = buildFold(MORE_TRADITIONAL, MORE_SIMPLIFIED);

function buildFold(traditional: string, simplified: string): Map<string, string> {
  const from = [...traditional];
  const to = [...simplified];
  if (from.length !== to.length) throw new Error('hant lexicon: the two alphabets are not aligned');
  return new Map(from.map((ch, i) => [ch, to[i]]));
}

/** Per BMP code unit: 1 = traditional-only, 2 = its simplified counterpart. All of the alphabet is in the BMP. */
const TRADITIONAL_MARK = 1;
const SIMPLIFIED_MARK = 2;
const SCRIPT_OF = buildScriptTable();

function buildScriptTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of FOLD) {
    if (from === to) continue;
    table[from.charCodeAt(0)] = TRADITIONAL_MARK;
    if (table[to.charCodeAt(0)] === 0) table[to.charCodeAt(0)] = SIMPLIFIED_MARK;
  }
  for (const from of MORE_FOLD.keys()) table[from.charCodeAt(0)] = TRADITIONAL_MARK;
  return table;
}

/**
 * Fold traditional characters to simplified, character by character (the
 * length never changes, so indices found in the folded text hold in the original).
 * Most text is simplified: one pass over a lookup table returns it untouched.
 */
export function foldToSimplified(text: string): string {
  if (simplifiedOnly) return text;
  let k = 0;
  while (k < text.length && SCRIPT_OF[text.charCodeAt(k)] !== TRADITIONAL_MARK) k++;
  if (k === text.length) return text;
  const known = FOLDED.get(text);
  if (known !== undefined) return known;
  // Runs of characters that stay are copied whole; only the traditional ones are looked up.
  let out = '';
  let run = 0;
  for (; k < text.length; k++) {
    if (SCRIPT_OF[text.charCodeAt(k)] !== TRADITIONAL_MARK) continue;
    const ch = text[k];
    out += text.slice(run, k) + (FOLD.get(ch) ?? MORE_FOLD.get(ch)!);
    run = k + 1;
  }
  out += text.slice(run);
  if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
  FOLDED.set(text, out);
  return out;
}

/**
 * Set while the pieces of a text without a single traditional character are
 * matched: the stages fold every line several times over, and each fold of
 * such a line would only scan it to return it as it was.
 */
let simplifiedOnly = false;

/** Inside foldingWithin over texts without a traditional character: whatever is asked of their script, it is simplified. */
export function withinSimplifiedText(): boolean {
  return simplifiedOnly;
}

/** Whether any character of `text` is one folding changes. */
export function hasTraditional(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (SCRIPT_OF[text.charCodeAt(k)] === TRADITIONAL_MARK) return true;
  return false;
}

/**
 * Run `work` over pieces of `texts`. When none of them holds a traditional
 * character, folding inside `work` returns its input at once; the lexicons
 * are folded when they load, so no traditional wording of theirs is folded
 * inside. The flag is restored however `work` ends.
 */
export function foldingWithin<T>(texts: readonly string[], work: () => T): T {
  if (simplifiedOnly || texts.some(hasTraditional)) return work();
  simplifiedOnly = true;
  try {
    return work();
  } finally {
    simplifiedOnly = false;
  }
}

/**
 * Traditional texts already folded: the stages fold the same line several
 * times over (labels, owners, times), about twice per character on average.
 */
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 4096;

/**
 * Characters only traditional script uses, against their simplified counterparts, in the first `limit` characters.
 * A loop over the lookup table: below TurboFan, where a batch's code runs, it is twice as fast as letting the regex
 * engine strip all other characters.
 */
export function countScriptMarks(text: string, limit: number): { traditional: number; simplified: number } {
  let traditional = 0;
  let simplified = 0;
  const end = Math.min(text.length, limit);
  for (let k = 0; k < end; k++) {
    const mark = SCRIPT_OF[text.charCodeAt(k)];
    if (mark === TRADITIONAL_MARK) traditional++;
    else if (mark === SIMPLIFIED_MARK) simplified++;
  }
  return { traditional, simplified };
}
