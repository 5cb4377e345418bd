import { describe, expect, it } from 'vitest';
import { cleanOwner, inferOwnersFromClauses, splitOwners } from '../../src/extract/owners.js';

describe('owners', () => {
  it('splits on 、，；/ and line breaks, never inside brackets', () => {
    expect(splitOwners('縣圖書館、局辦公室')).toEqual(['縣圖書館', '局辦公室']);
    expect(splitOwners('各县（市、区）政府，县财政局；县教育局')).toEqual(['各县（市、区）政府', '县财政局', '县教育局']);
    expect(splitOwners('宣传办\n文化站\n各村')).toEqual(['宣传办', '文化站', '各村']);
  });

  it('a clause opening with an adverb of manner (有计划, 分批, 逐步) has no subject: the places after it are where people go', () => {
    expect(inferOwnersFromClauses('有计划组织镇、村干部去市、县参加系统培训。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('县教育局要分批组织教师参加培训。').units).toEqual(['县教育局']);
  });

  it('splits on 及 after an organisation, keeps 和 inside names', () => {
    expect(splitOwners('区文旅广体局及各乡镇、街道、长春经开区')).toEqual(['区文旅广体局', '各乡镇', '街道', '长春经开区']);
    expect(splitOwners('公共文化和文保科')).toEqual(['公共文化和文保科']);
  });

  it('a subject reads to the end of a name whose word opens with an acting verb: 县应急局要… (not 县 + 应), 县委组织部要… (not 县委 + 组织)', () => {
    expect(inferOwnersFromClauses('县应急局要开展安全检查。').units).toEqual(['县应急局']);
    expect(inferOwnersFromClauses('县委组织部要加强干部培训。').units).toEqual(['县委组织部']);
    expect(inferOwnersFromClauses('市应急管理局牵头开展演练。').units).toEqual(['市应急管理局']);
  });

  it('the urban fringe (城乡结合部) a clause opens with is a place, not the body 城乡 followed by the verb 结合', () => {
    expect(inferOwnersFromClauses('城乡结合部、老旧小区等区域乱堆乱放现象得到整治。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('城乡结合部环境明显改善。')).toEqual({ units: [], partners: [] });
    // The verb 结合 after a body still makes it the owner.
    expect(inferOwnersFromClauses('县城管局结合创城工作开展整治。').units).toEqual(['县城管局']);
  });

  it('splits a clause subject on 和/与 only between two unit names (各责任单位和相关职能部门要…)', () => {
    expect(splitOwners('各责任单位和相关职能部门')).toEqual(['各责任单位', '相关职能部门']);
    expect(splitOwners('县住房和城乡建设局')).toEqual(['县住房和城乡建设局']);
    // 各 covers both sides: one class of local authorities.
    expect(splitOwners('各区县政府和开发区管委会')).toEqual(['各区县政府和开发区管委会']);
    expect(inferOwnersFromClauses('各责任单位和相关职能部门要在月底前完成整改。').units).toEqual(['各责任单位', '相关职能部门']);
  });

  it('removes padding inside names and keeps redaction marks as written', () => {
    expect(splitOwners('陈忠新\n陈  凯')).toEqual(['陈忠新', '陈凯']);
    expect(splitOwners('*、*、*、*。')).toEqual(['*', '*', '*', '*']);
    expect(cleanOwner(' ××縣建設局，')).toBe('××縣建設局');
  });

  it('reads owners named as the subject of a clause', () => {
    expect(inferOwnersFromClauses('区文旅广体局及各乡镇、街道、长春经开区要认真组织专题学习一次。')).toEqual({
      units: ['区文旅广体局', '各乡镇', '街道', '长春经开区'],
      partners: [],
    });
    expect(inferOwnersFromClauses('6月中旬召开工作会议，各乡镇、街道、经开区相关人员参加会议，布置工作任务。')).toEqual({
      units: [],
      partners: ['各乡镇', '街道', '经开区'],
    });
    expect(inferOwnersFromClauses('制定实施方案，各乡镇(工业区)制定相应工作安排。').units).toEqual(['各乡镇(工业区)']);
  });

  it('does not take objects or circumstances for subjects', () => {
    expect(inferOwnersFromClauses('深入推进图书馆、文化馆、乡镇文化站等公共文化服务机构免费开放工作。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('依托全县各类演出团体、文化馆、乡镇文化站等开展文艺演出。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('全县基层群众文艺团队建设不少于20支。')).toEqual({ units: [], partners: [] });
    // 涉 (involving) opens a description of what is handed over, not a body: 涉跨单位应移交之业务清册.
    expect(inferOwnersFromClauses('涉跨单位应行移交之业务清册，应包括例行性业务。')).toEqual({ units: [], partners: [] });
  });

  it('a clause that opens with a verb (指导, 督促, 编制, 协助) has the body after it as its object, not its subject', () => {
    expect(inferOwnersFromClauses('指导各县政府建立健全公开制度。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('督促各乡镇落实整改责任。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('编制城市应急管理专项清单。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('编列专项预算，协助地方政府落实推动某方案。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('加强汛前准备，并对各区公所开展的演练要求落实。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('县教育局要指导各学校建立台账。').units).toEqual(['县教育局']);
  });
});

describe('owners named as the subject of a clause', () => {
  it('a time between the subject and its verb (各乡镇年底前全部完成) is no part of the body; a clause that opens with its time names no one', () => {
    expect(inferOwnersFromClauses('各乡镇年底前全部完成。').units).toEqual(['各乡镇']);
    expect(inferOwnersFromClauses('第三季度完成改造任务的80%，年底前全部完成。').units).toEqual([]);
    expect(inferOwnersFromClauses('县某局要在6月底前完成摸排。').units).toEqual(['县某局']);
  });

  it('机关 ends a body’s name as 单位 does: 各机关、学校和各居委会按照…制定… names three owners', () => {
    expect(inferOwnersFromClauses('各机关、学校和各居委会按照方案要求，制定具体措施。').units).toEqual(['各机关', '学校', '各居委会']);
    expect(inferOwnersFromClauses('县直机关围绕中心工作，开展志愿服务。').units).toEqual(['县直机关']);
  });

  it('a subject that works together with other bodies (X要会同Y、Z…) leads; those it works with help', () => {
    expect(inferOwnersFromClauses('县某局要会同县财政局、县某中心编制实施细则。')).toEqual({ units: ['县某局'], partners: ['县财政局', '县某中心'] });
    expect(inferOwnersFromClauses('县某局联合县公安局开展专项检查。')).toEqual({ units: ['县某局'], partners: ['县公安局'] });
    expect(inferOwnersFromClauses('县某局要协同推进各项工作。')).toEqual({ units: ['县某局'], partners: [] });
  });

  it('bodies that hold a meeting or an event run it: X、Y召开动员大会, X举办培训', () => {
    expect(inferOwnersFromClauses('自治区党委、自治区人民政府召开动员大会，进行动员部署。').units).toEqual(['自治区党委', '自治区人民政府']);
  });

  it('部署 (to deploy) ends in 署 as a body’s name may, but is a verb: 动员部署落实任务 names no body', () => {
    expect(inferOwnersFromClauses('动员部署落实任务。').units).toEqual([]);
    expect(inferOwnersFromClauses('安排部署，落实各项工作。').units).toEqual([]);
    expect(inferOwnersFromClauses('海关总署落实通关便利措施。').units).toEqual(['海关总署']);
  });

  it('a subject may first say how it acts (局综合科结合日常工作…发布, 各乡镇按照要求…): it owns the clause', () => {
    expect(inferOwnersFromClauses('局综合科结合我局日常工作和公开目录，及时收集、发布信息。').units).toEqual(['局综合科']);
    expect(inferOwnersFromClauses('结合实际，制定工作方案。').units).toEqual([]);
  });

  it('a clause’s subject ends before a preposition opening an adverbial (对/在/于/针对…) after a complete body’s name', () => {
    expect(inferOwnersFromClauses('某某供水公司对管网漏损等问题在全公司开展专项排查。').units).toEqual(['某某供水公司']);
    expect(inferOwnersFromClauses('甲县卫生健康局在全县各医院组织应急演练。').units).toEqual(['甲县卫生健康局']);
    expect(inferOwnersFromClauses('乙区住建局于9月底前完成老旧小区改造。').units).toEqual(['乙区住建局']);
    expect(inferOwnersFromClauses('丙市城管局针对占道经营开展集中整治。').units).toEqual(['丙市城管局']);
    // The verb after the adverbial need be in no list: 拨付, 推行.
    expect(inferOwnersFromClauses('丁区财政局于本月底前拨付专项资金。').units).toEqual(['丁区财政局']);
    expect(inferOwnersFromClauses('各县（市、区）政府在辖区内推行一窗通办。').units).toEqual(['各县（市、区）政府']);
    // A place level alone is no complete body: the name goes on (某市对外联络办公室), as do words of names (就业).
    expect(inferOwnersFromClauses('某市对外联络办公室负责接待工作。').units).toEqual(['某市对外联络办公室']);
    expect(inferOwnersFromClauses('某县人社局就业服务中心要做好登记。').units).toEqual(['某县人社局就业服务中心']);
    // After a place level alone, 在 and 对 end the name (某县在全县…); 于, 向, 从 may open a place's name (某县于都镇).
    expect(inferOwnersFromClauses('某县在全县范围开展排查。').units).toEqual(['某县']);
    expect(inferOwnersFromClauses('某县于都镇开展排查。').units).toEqual(['某县于都镇']);
    // Without a verb after the adverbial the clause assigns nothing; 包括…在内 holds a body inside an object.
    expect(inferOwnersFromClauses('某局在此前的工作中。').units).toEqual([]);
    expect(inferOwnersFromClauses('包括某局在内的各部门要加强协作。').units).toEqual([]);
    // Dividing people into groups (分三组对…) names no body though 组 ends names; nor does an instruction (随后安排X对…).
    expect(inferOwnersFromClauses('分三组对沿街商户开展检查。').units).toEqual([]);
    expect(inferOwnersFromClauses('随后安排某社区对围挡张贴公益广告进行整改。').units).not.toContain('随后安排某社区');
  });

  it('a list of duties (职责分工) names the bodies as a sentence or before a colon, then their duties: the bodies own it', () => {
    expect(inferOwnersFromClauses('市委督查室、市监察局。负责组织对整治行动进行专项督查。').units).toEqual(['市委督查室', '市监察局']);
    expect(inferOwnersFromClauses('市发展改革委：负责统筹协调项目建设。').units).toEqual(['市发展改革委']);
  });

  it('a heading that names work with 办好/抓好 inside (高标准办好博览会。) names no body, though 会 ends bodies’ names', () => {
    expect(inferOwnersFromClauses('高标准办好农产品博览会。全年计划举办一届。').units).toEqual([]);
    expect(inferOwnersFromClauses('全力抓好防汛工作组。').units).toEqual([]);
    expect(inferOwnersFromClauses('县妇联。负责组织巾帼志愿活动。').units).toEqual(['县妇联']);
  });

  it('a heading that opens with work (建设文艺团队。组建应急救援队。) names no body', () => {
    expect(inferOwnersFromClauses('建设基层群众文艺团队。每个乡镇组建1支以上。').units).toEqual([]);
    expect(inferOwnersFromClauses('组建应急救援队。配齐装备。').units).toEqual([]);
  });

  it('bodies after 与/同 in a list closed by 等部门 (加强与某局、某办等部门) are whom the work is done with: no owner', () => {
    expect(inferOwnersFromClauses('全面查漏补缺，进一步加强与某局、某办等部门').units).toEqual([]);
    expect(inferOwnersFromClauses('某局、某办等部门，要各负其责').units).toEqual(['某局', '某办']);
  });

  it('a list of bodies closed by 等部门 owns what it is told to do', () => {
    expect(inferOwnersFromClauses('铁路、水利、电力等部门，要各负其责，切实履行监督管理职能').units).toEqual(['铁路', '水利', '电力']);
  });

  it('minutes assign by asking: 请X… makes X the owner, 会同/协同Y makes Y a partner', () => {
    expect(inferOwnersFromClauses('南港开发案会商会议，请三科派员协同五科出席。')).toEqual({ units: ['三科'], partners: ['五科'] });
    expect(inferOwnersFromClauses('请加速办理上网招标。')).toEqual({ units: [], partners: [] });
  });

  it('whom the asked invite or notify are no owners: 请邀规划处同仁参加, 请通知各科室', () => {
    expect(inferOwnersFromClauses('成果请安排时间培训，并请邀规划处及建管处同仁参加。').units).toEqual([]);
    expect(inferOwnersFromClauses('请通知各科室按时报送。').units).toEqual([]);
    expect(inferOwnersFromClauses('请洽教育局表达意见，尽速签报。').units).toEqual([]);
  });

  it('minutes: a ruling’s label (主席裁示：, 决议：) opens the clause before whom it asks; 社会局 is one name, not 社会 before 局', () => {
    expect(inferOwnersFromClauses('主席裁示：请工务局于6月底前完成主干道路面改善。').units).toEqual(['工务局']);
    expect(inferOwnersFromClauses('决议：请社会局年底前增设服务站点10处。').units).toEqual(['社会局']);
  });

  it('after an owner, a clause opening with 会同 names whom it works with; with no owner before, 会同 opens no subject', () => {
    expect(inferOwnersFromClauses('请工务局于6月底前完成改造，并会同交通局检讨时制。')).toEqual({ units: ['工务局'], partners: ['交通局'] });
    expect(inferOwnersFromClauses('会同有关部门制定方案。')).toEqual({ units: [], partners: [] });
  });

  it('the work named before 由 is no part of the body after it (所需经费由财政局协助筹措, 项目建设由县住建局负责)', () => {
    expect(inferOwnersFromClauses('所需经费由财政局协助筹措。')).toEqual({ units: [], partners: ['财政局'] });
    expect(inferOwnersFromClauses('项目建设由县住建局负责。').units).toEqual(['县住建局']);
  });

  it('a Taiwan township office’s section ends in 課 as another’s ends in 科: 請某課於…前提報 asks 某課', () => {
    expect(inferOwnersFromClauses('請某課於6月底前提報執行成果。').units).toEqual(['某課']);
  });

  it('minutes may ask a person by surname and post (請某局長暫兼, 並請某主秘邀集…): that person leads; a post alone (请局长…) names no one', () => {
    expect(inferOwnersFromClauses('某職在未派補之前，請林局長暫兼。')).toEqual({ leaders: ['林局長'], units: [], partners: [] });
    expect(inferOwnersFromClauses('某空間規劃，請張主秘再邀集相關科室研議，並請某中心評估遷入。')).toEqual({ leaders: ['張主秘'], units: ['某中心'], partners: [] });
    expect(inferOwnersFromClauses('请局长审定后印发。').leaders).toBeUndefined();
  });

  it('本局 before the person asked (請本局某主秘繼續追蹤) says whose officer it is: the person leads, 本局 is no owner', () => {
    expect(inferOwnersFromClauses('某案進度，請本局張主秘繼續追蹤列管。')).toEqual({ leaders: ['張主秘'], units: [], partners: [] });
  });

  it('a body name before 长 is its head, whom to report to: 请签报局长 and 请查明后回报局长 name no owner', () => {
    expect(inferOwnersFromClauses('某案后续处理方式，请签报局长。').units).toEqual([]);
    expect(inferOwnersFromClauses('某案如拟撤案，请查明后回报局长知悉。').units).toEqual([]);
  });

  it('the asked may be several kinds of body at once: 请各科室处转知同仁 asks 各科室处', () => {
    expect(inferOwnersFromClauses('请各科室处转知同仁踊跃参与。').units).toEqual(['各科室处']);
    expect(inferOwnersFromClauses('请建设局处理积水问题。').units).toEqual(['建设局']);
  });

  it('minutes may ask several bodies together (请X与Y共同…) and ask again in the same ruling (…，并请Z于…), a wrapped line’s spaces between', () => {
    expect(inferOwnersFromClauses('请交通局与市场处共同规划停车场，并请建设局     于春节前安排视察。').units).toEqual(['交通局', '市场处', '建设局']);
    expect(inferOwnersFromClauses('请财政和金融工作局加快办理。').units).toEqual(['财政和金融工作局']);
  });

  it('X要求Y…, X责成Y…: the body told to act owns the work, the one telling it does not', () => {
    expect(inferOwnersFromClauses('学校要求总务处组织人力立即加装灯管').units).toEqual(['总务处']);
    expect(inferOwnersFromClauses('县政府责成县水利局牵头开展排查').units).toEqual(['县水利局']);
    expect(inferOwnersFromClauses('市政府要求县政府办公室牵头开展排查').units).toEqual(['县政府办公室']);
  });

  it('X(立即)安排Y…: the body arranged to act owns the work, its name read to the longest ending (社区, not 社)', () => {
    expect(inferOwnersFromClauses('针对该问题，我镇立即安排蓝山社区对金街周边环境进行实地核查。').units).toEqual(['蓝山社区']);
    expect(inferOwnersFromClauses('我镇安排人员清理杂物。').units).toEqual([]);
  });

  it('minutes approve what a body proposed, and it carries it out: 会议原则同意X关于…的意见 makes X the owner', () => {
    expect(inferOwnersFromClauses('会议原则同意县财政局关于财政预算调整的意见，会后修改完善后报请审批。').units).toEqual(['县财政局']);
    expect(inferOwnersFromClauses('会议原则同意县住建局、经发局提交的《小城镇规划建设管理办法》，修改完善后报审').units).toEqual(['县住建局', '经发局']);
  });

  it('an enumerator opening the clause (四是经发局要…) is not part of the subject', () => {
    expect(inferOwnersFromClauses('四是经发局要认真做好离退休职工的思想稳定工作').units).toEqual(['经发局']);
  });

  it('a clause that opens by instructing (要求X…, 会议要求X…, 责成X…) names X as the owner, without a mirror’s pinyin glosses', () => {
    expect(inferOwnersFromClauses('要求有关部门进一步加强资金调度。').units).toEqual(['有关部门']);
    expect(inferOwnersFromClauses('会议要求县水利局抓紧完成堤防加固。').units).toEqual(['县水利局']);
    expect(inferOwnersFromClauses('責成縣交通(tōng)局限期修復道路。').units).toEqual(['縣交通局']);
    expect(inferOwnersFromClauses('縣財(cái)政局要加快資金撥付。').units).toEqual(['縣財政局']);
  });

  it('a space after a closing bracket is a line break the page lost: the subject after it opens a clause', () => {
    expect(inferOwnersFromClauses('动员部署阶段（6月） 各乡镇环境整治领导小组要制定具体实施方案。').units).toEqual(['各乡镇环境整治领导小组']);
  });

  it('a level’s 财政 (县财政, 市财政) that acts is the finance bureau: 某县财政负责…, 某市财政牵头…', () => {
    expect(inferOwnersFromClauses('会议要求，县财政负责落实某项资金，市财政牵头做好调度。').units).toEqual(['县财政', '市财政']);
    expect(inferOwnersFromClauses('加大地方财政投入').units).toEqual([]);
  });

  it('minutes asking a body (請某局…) name it as written, its helper too (會同某處), and 協辦 after a body makes it a partner', () => {
    expect(inferOwnersFromClauses('請社會局會同衛生局於9月30日前提出方案。')).toEqual({ units: ['社會局'], partners: ['衛生局'] });
    expect(inferOwnersFromClauses('請工務局於7月底前完成改善工程，交通局協辦。')).toEqual({ units: ['工務局'], partners: ['交通局'] });
  });

  it('an asked body’s name runs on over a body’s ending (各區公所) and over the bodies it holds (各縣市相關局處)', () => {
    expect(inferOwnersFromClauses('請各區公所配合辦理宣導事宜。').units).toEqual(['各區公所']);
    expect(inferOwnersFromClauses('請各縣市相關局處推派主管參與座談。').units).toEqual(['各縣市相關局處']);
    expect(inferOwnersFromClauses('請各鄉鎮市公所配合辦理宣導。').units).toEqual(['各鄉鎮市公所']);
  });

  it('請 before a time (請發文時…, 請於…前) names no one', () => {
    expect(inferOwnersFromClauses('並請發文時註明開會地點之交通方式。').units).toEqual([]);
  });

  it('a bare kind of body (部门, 单位) is no one’s: 部门协同行动 names no owner; 各部门, 某局 do', () => {
    expect(inferOwnersFromClauses('强化统筹指挥，部门协同行动。')).toEqual({ units: [], partners: [] });
    expect(inferOwnersFromClauses('各部门要加强协作。').units).toEqual(['各部门']);
  });

  it('minutes tell a body right after its name what to refine (会议要求，某局细化方案); a body that owns the work is no partner of it', () => {
    expect(inferOwnersFromClauses('会议要求，某县某局细化预警方案。').units).toEqual(['某县某局']);
    expect(inferOwnersFromClauses('会议要求，各部门及各镇(街道)细化处置方案，部门与各镇(街道)协同联动。')).toEqual({ units: ['各部门', '各镇(街道)'], partners: [] });
  });

  it('the meeting’s ruling word before 請 (會議決議請某組…) opens the ask: the asked body owns the work', () => {
    expect(inferOwnersFromClauses('會議決議請各工作組於兩週內會同相關單位研議。').units).toEqual(['各工作組']);
  });
});
