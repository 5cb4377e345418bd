import { describe, expect, it } from 'vitest';
import { firstListedLeads, isOwnerClause, isOwnerValue, readOwnerValue } from '../../src/extract/owner-value.js';
import { parseBytes } from '../../src/parse.js';

const read = (value: string, role: 'leader' | 'unit' | 'partner' = 'unit', firstLeads = false) => {
  const { leaders, units, partners } = readOwnerValue(value, role, { firstListedLeads: firstLeads });
  return { leaders, units, partners };
};

describe('owner values (the grammar of 责任单位 cells and notes)', () => {
  it('a note after the list naming its lead (…，县某局为牵头单位) makes that body lead and the rest help', () => {
    expect(read('县某局、县财政局，县某局为牵头单位')).toMatchObject({ units: ['县某局'], partners: ['县财政局'] });
    expect(read('县某局、县财政局')).toMatchObject({ units: ['县某局', '县财政局'], partners: [] });
  });

  it('会办 after a body (县某局主办，县另局会办) makes it a partner, as 协办 does', () => {
    expect(read('县某局主办，县另局会办')).toMatchObject({ units: ['县某局'], partners: ['县另局'] });
    expect(read('县某局牵头，县另局、县三局会办')).toMatchObject({ units: ['县某局'], partners: ['县另局', '县三局'] });
  });

  it('a title alone before the leader it belongs to (县委常委、副县长张某牵头) is no body: the unit that 负责 owns the work', () => {
    expect(read('县委常委、副县长张某牵头，县某局负责')).toMatchObject({ leaders: ['张某'], units: ['县某局'], partners: [] });
  });

  it('a person named surname, post, given name, as Taiwan minutes write (王科長某明, 李主任秘書某榮), leads; a body after it owns', () => {
    expect(read('王科長某明')).toMatchObject({ leaders: ['王科長某明'], units: [], partners: [] });
    expect(read('李主任秘書某榮、某某室')).toMatchObject({ leaders: ['李主任秘書某榮'], units: ['某某室'], partners: [] });
    expect(read('某局長室')).toMatchObject({ leaders: [], units: ['某局長室'] });
  });

  it('具体承办 after a unit says it carries the work out (副县长王某负责，县某局具体承办): the leader leads, the unit owns it', () => {
    expect(read('副县长王某负责，县某局具体承办')).toMatchObject({ leaders: ['王某'], units: ['县某局'], partners: [] });
  });

  it('an owner verb in brackets after a name (各乡镇（按职责分工负责）) is its role, not part of the name', () => {
    expect(read('县某局、各乡镇（按职责分工负责）')).toMatchObject({ units: ['县某局', '各乡镇'], partners: [] });
    expect(read('县某局牵头，各乡镇（按职责分工负责）')).toMatchObject({ units: ['县某局'], partners: ['各乡镇'] });
    expect(read('各县（市、区）政府')).toMatchObject({ units: ['各县（市、区）政府'] });
  });

  it('partners may help 按职责 / 按职能分工 (区财政局、区环境分局按职责配合): the adverb is part of the verb, not of the last name', () => {
    expect(read('区水务局牵头，区财政局、区环境分局按职责配合')).toMatchObject({ units: ['区水务局'], partners: ['区财政局', '区环境分局'] });
    expect(read('区水务局牵头，区财政局按职能分工配合')).toMatchObject({ units: ['区水务局'], partners: ['区财政局'] });
  });

  it('a post for each body (各科科长) names people, though it opens like a collective (各部门)', () => {
    expect(read('各科科长')).toEqual({ leaders: ['各科科长'], units: [], partners: [] });
    expect(read('各部门')).toEqual({ leaders: [], units: ['各部门'], partners: [] });
  });

  it('a post written before the name (局党组成员张某同志, 副局长王某) names a leader before 牵头, the body doing the work is the unit', () => {
    expect(read('局党组成员张某同志牵头，办公室负责')).toEqual({ leaders: ['张某'], units: ['办公室'], partners: [] });
    expect(read('副局长王某牵头，综合股负责，各股室配合')).toEqual({ leaders: ['王某'], units: ['综合股'], partners: ['各股室'] });
    // A public copy masks the name: the mask holds the person's place.
    expect(read('局党组成员XX同志牵头')).toEqual({ leaders: ['XX'], units: [], partners: [] });
  });

  it('a cell that says it has no owner (—, /, 无) names none', () => {
    for (const value of ['—', '/', '－', '无', '（无）']) {
      expect(read(value, 'leader')).toEqual({ leaders: [], units: [], partners: [] });
      expect(read(value, 'partner')).toEqual({ leaders: [], units: [], partners: [] });
    }
    expect(read('县财政局、—')).toEqual({ leaders: [], units: ['县财政局'], partners: [] });
  });

  it('a name whose word opens with an acting verb is one name: 县委组织部 (组织), 县应急局 (应)', () => {
    expect(read('县委组织部').units).toEqual(['县委组织部']);
    expect(read('县委组织部牵头，县人社局配合')).toEqual({ leaders: [], units: ['县委组织部'], partners: ['县人社局'] });
  });

  it('a role in brackets after a unit says it outright: 县住建局（牵头）、县财政局 — the rest help; （配合单位） helps', () => {
    expect(read('县住建局（牵头）、县财政局、县自然资源局')).toEqual({ leaders: [], units: ['县住建局'], partners: ['县财政局', '县自然资源局'] });
    expect(read('县农业局（牵头单位）、县财政局（配合单位）负责')).toEqual({ leaders: [], units: ['县农业局'], partners: ['县财政局'] });
  });

  it('a verb reaches back over a list (、), not over a clause (，；): 县住建局，县财政局配合 is the 住建局’s work', () => {
    expect(read('县住建局，县财政局配合')).toEqual({ leaders: [], units: ['县住建局'], partners: ['县财政局'] });
    expect(read('县住建局、县财政局配合')).toEqual({ leaders: [], units: [], partners: ['县住建局', '县财政局'] });
  });

  it('a leader who 牵头 heads the work, and the units that 负责 still own it: 李四副县长牵头，县商务局负责，县财政局配合', () => {
    expect(read('李四副县长牵头，县商务局负责，县财政局配合')).toEqual({ leaders: ['李四'], units: ['县商务局'], partners: ['县财政局'] });
    // A unit that 牵头 makes the units that 负责 its partners.
    expect(read('县发改局牵头，县财政局负责')).toEqual({ leaders: [], units: ['县发改局'], partners: ['县财政局'] });
  });

  it('a name with the honorific 同志 (张某同志, 局党组成员李某同志) is a leader, the honorific not part of the name', () => {
    expect(read('张某同志')).toEqual({ leaders: ['张某'], units: [], partners: [] });
    expect(read('局党组成员李某同志、县财政局')).toEqual({ leaders: ['李某'], units: ['县财政局'], partners: [] });
  });

  it('a person named after a body’s post (镇党委书记王某, 镇长李某) is a leader in a note of units; 全年 closes a note as its time; 责任站所 names units', () => {
    expect(read('镇党委书记王某某、镇长李某某；镇经发办、各村')).toEqual({ leaders: ['王某某', '李某某'], units: ['镇经发办', '各村'], partners: [] });
    expect(isOwnerValue('镇卫生院，全年')).toBe(true);
    for (const value of ['县文旅局，第三季度', '县文旅局，2024年上半年完成', '县文旅局，立行立改']) expect(isOwnerValue(value)).toBe(true);
  });

  it('a bracket after a unit that names its helpers (县住建局（县城管局配合）) gives them as partners', () => {
    expect(read('县住建局（县城管局、县交通局配合）')).toEqual({ leaders: [], units: ['县住建局'], partners: ['县城管局', '县交通局'] });
    expect(read('各县（市、区）政府').units).toEqual(['各县（市、区）政府']);
  });

  it('分别负责: every listed unit owns its part', () => {
    expect(read('县教育局、县住建局分别负责')).toEqual({ leaders: [], units: ['县教育局', '县住建局'], partners: [] });
  });

  it('a post written before the name (副县长张三, 县长 张三, 副县长：张三) and a title standing before it (县委常委、副县长张三) name that one person', () => {
    for (const value of ['副县长张三', '县长 张三', '副县长：张三', '县委常委、副县长张三', '县委常委、常务副县长 张三']) expect(read(value, 'leader').leaders).toEqual(['张三']);
    // Posts for each body stay as written: they name the people who hold them.
    expect(read('各区区长、各街道主任', 'leader').leaders).toEqual(['各区区长', '各街道主任']);
  });

  it('a person’s post after the name, in brackets or after a space, is not a person: 张三（县林业局局长）, 张三 副县长', () => {
    expect(read('张三（县林业局局长）', 'leader').leaders).toEqual(['张三']);
    expect(read('张三 副县长', 'leader').leaders).toEqual(['张三']);
    expect(read('张三 副县长 李四 常务副县长', 'leader').leaders).toEqual(['张三', '李四']);
  });

  it('a note may close with its deadline and still hold nothing but owners: （县住建局负责，2024年底前）, （县应急局，长期）', () => {
    expect(isOwnerValue('县应急局，长期')).toBe(true);
    expect(isOwnerValue('县交通局牵头，县财政局配合，2024年10月底前完成')).toBe(true);
    expect(isOwnerValue('2024年底前')).toBe(false);
  });

  it('splits on 、，；/ but never inside brackets (各县（市、区）政府 is one owner)', () => {
    expect(read('市疫情防控指挥部办公室、市卫生健康委，各县（市、区）政府（管委会）').units).toEqual([
      '市疫情防控指挥部办公室',
      '市卫生健康委',
      '各县（市、区）政府（管委会）',
    ]);
  });

  it('a verb after a run of owners gives the whole run its role: A、B牵头，C配合', () => {
    expect(read('市政府办公室、市发展和改革局牵头,市直有关部门配合;各镇(街)参照落实')).toEqual({
      leaders: [],
      units: ['市政府办公室', '市发展和改革局'],
      partners: ['市直有关部门', '各镇(街)'],
    });
  });

  it('implementers (落实, 按职责分工负责) help when a lead is named and own the task when not', () => {
    expect(read('市财政局牵头，市直各部门落实').partners).toEqual(['市直各部门']);
    expect(read('省发展改革委、水利厅等省有关部门和各地级以上市人民政府按职责分工负责')).toEqual({
      leaders: [],
      units: ['省发展改革委', '水利厅', '各地级以上市人民政府'],
      partners: [],
    });
  });

  it('a verb followed by a little filler still counts (sites that spin text write 牵头卖力)', () => {
    expect(read('省生长改造委牵头卖力').units).toEqual(['省生长改造委']);
  });

  it('分别牵头: every listed unit leads', () => {
    expect(read('市人力社保局、市农业农村局分别牵头').units).toEqual(['市人力社保局', '市农业农村局']);
  });

  it('"A会同B、C等部门…": A leads, B and C help, the open list and the work after it are not owners', () => {
    expect(read('发展改革委会同中央农办、农业部、粮食局等部门研究提出落实意见')).toEqual({
      leaders: [],
      units: ['发展改革委'],
      partners: ['中央农办', '农业部', '粮食局'],
    });
  });

  it('drops an open list’s tail (…等, …等部门, …等有关部门)', () => {
    expect(read('区发改局牵头，区财政局、区水务局等部门，区国投公司配合').partners).toEqual(['区财政局', '区水务局', '区国投公司']);
    expect(read('区政府办公室；区司法局等有关部门', 'partner').partners).toEqual(['区政府办公室', '区司法局']);
  });

  it('和/及/与 split only between two units, never inside a name or before a bare 管委会/人民政府', () => {
    expect(read('其他股室及属下单位', 'partner').partners).toEqual(['其他股室', '属下单位']);
    expect(read('住房和城乡建设局').units).toEqual(['住房和城乡建设局']);
    expect(read('高新区党工委和管委会').units).toEqual(['高新区党工委和管委会']);
  });

  it('in traditional script too: 各…單位和相關…部門 are two units, 各 covering only the first (相關 opens a name of its own)', () => {
    expect(read('各責任單位和相關職能部門').units).toEqual(['各責任單位', '相關職能部門']);
    expect(read('各區縣政府和開發區管委會').units).toEqual(['各區縣政府和開發區管委會']);
  });

  it('a level word alone belongs to its list: 各县、市、区政府 is one collective owner', () => {
    expect(read('滁州经开区管委会等，各县、市、区政府', 'partner').partners).toEqual(['滁州经开区管委会', '各县、市、区政府']);
  });

  it('unit names side by side in a table cell are split on the spaces between them', () => {
    expect(read('超限站 公路站 交警六中队').units).toEqual(['超限站', '公路站', '交警六中队']);
  });

  it('a person with a post in a unit value is a leader, the post dropped: 由杨志武副市长负责', () => {
    expect(read('杨志武副市长负责，市发改委牵头，相关部门配合')).toEqual({ leaders: ['杨志武'], units: ['市发改委'], partners: ['相关部门'] });
  });

  it('leaders: Word’s padding inside names is removed and run-together padded names are split', () => {
    expect(read('陈  凯', 'leader').leaders).toEqual(['陈凯']);
    expect(read('陆 明俞 悦', 'leader').leaders).toEqual(['陆明', '俞悦']);
    expect(read('汪  峰   吴蓓蓓', 'leader').leaders).toEqual(['汪峰', '吴蓓蓓']);
    expect(read('周立新副局长', 'leader').leaders).toEqual(['周立新']);
    expect(read('***、***', 'leader').leaders).toEqual(['***', '***']);
  });

  it('负责组织实施 / 牵头组织实施 close an owner clause as 负责 / 牵头 do: 由某局负责组织实施，某局负责落实资金', () => {
    expect(isOwnerClause('某县某局负责组织实施')).toBe(true);
    expect(isOwnerClause('某县某局牵头组织实施')).toBe(true);
    expect(read('某县甲局牵头组织实施，某县乙局配合')).toEqual({ leaders: [], units: ['某县甲局'], partners: ['某县乙局'] });
  });

  it('各镇、街道: a body of an area that stands whole (街道, 社区) shares nothing with the level before it; the list splits on 、 as in prose', () => {
    expect(read('各镇、街道').units).toEqual(['各镇', '街道']);
    expect(read('各乡、社区').units).toEqual(['各乡', '社区']);
    expect(read('各县、区人民政府').units).toEqual(['各县、区人民政府']);
  });

  it('各县、区人民政府: 各 and a level, then the next level with the body they share, is one collective owner', () => {
    expect(read('各县、区人民政府(管委会)负责落实').units).toEqual(['各县、区人民政府(管委会)']);
  });

  it('a note that goes on after its owners with a remark ends at the stop; a time after it is still the deadline', () => {
    expect(read('市生态环境局牵头,自然资源局参与。以下各项工作均需各县落实,不再列出。')).toEqual({ leaders: [], units: ['市生态环境局'], partners: ['自然资源局'] });
    expect(readOwnerValue('县教育局负责。2023年底前完成', 'unit', { firstListedLeads: false }).timeText).toBe('2023年底前完成');
  });

  it('a 单位及负责人 value writes the body and its head together: the body is a unit, the person a leader', () => {
    expect(read('市民政局 伍泽国', 'leader')).toEqual({ leaders: ['伍泽国'], units: ['市民政局'], partners: [] });
    expect(read('市民政局伍泽国', 'leader')).toEqual({ leaders: ['伍泽国'], units: ['市民政局'], partners: [] });
    expect(read('陈宣群', 'leader')).toEqual({ leaders: ['陈宣群'], units: [], partners: [] });
  });

  it('a convention note inside the value makes the first listed unit lead (排序第一的为牵头单位)', () => {
    expect(read('县城管局(排序第一的为牵头单位,下同)、县水利局、XX 镇')).toEqual({ leaders: [], units: ['县城管局'], partners: ['县水利局', 'XX镇'] });
  });

  it('a convention note may name the place alone: 首位单位为牵头单位, 第一位单位为牵头单位', () => {
    expect(read('区商务局（首位单位为牵头单位，下同）、区财政局、区统计局')).toEqual({ leaders: [], units: ['区商务局'], partners: ['区财政局', '区统计局'] });
    expect(firstListedLeads(['责任单位：区商务局（第一位单位为牵头单位，下同）、区财政局'])).toBe(true);
  });

  it('a convention note after the last unit may name the role with a word of its own (列第一位者为工作牵头单位)', () => {
    expect(read('县林业局、县财政局、县审计局(列第一位者为工作牵头单位或汇总单位,下同)')).toEqual({ leaders: [], units: ['县林业局'], partners: ['县财政局', '县审计局'] });
    expect(firstListedLeads(['责任单位：县林业局、县财政局（排在首位的部门为本项牵头部门）'])).toBe(true);
  });

  it('with the document convention 列第一位的为牵头单位, the first of a list leads', () => {
    expect(read('市发改委、市经信局、市科技局', 'unit', true)).toEqual({ leaders: [], units: ['市发改委'], partners: ['市经信局', '市科技局'] });
    expect(read('市发改委', 'unit', true).units).toEqual(['市发改委']);
    expect(firstListedLeads(['责任单位：市发改委、市经信局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）'])).toBe(true);
    expect(firstListedLeads(['责任单位：市发改委、市经信局'])).toBe(false);
  });

  it('a column’s name may carry the convention itself (责任单位（第一个为牵头单位）): the first of each cell’s list leads', async () => {
    expect(firstListedLeads(['序号\t重点工作\t责任单位（第一个为牵头单位）\t完成时间'])).toBe(true);
    expect(firstListedLeads(['责任部门（第1个部门为牵头部门）'])).toBe(true);
    const text = ['某市2025年重点工作责任分工表', '序号\t重点工作\t责任单位（第一个为牵头单位）\t完成时间', '1\t完成旧改项目10个\t市住建局、市自然资源局、各区政府\t12月底前', '2\t新增城镇就业1万人\t市人社局\t全年'].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.owners.units, t.owners.partners])).toEqual([
      [['市住建局'], ['市自然资源局', '各区政府']],
      [['市人社局'], []],
    ]);
  });

  it('a record flattened onto one line ends its owner value where, after a space, two words in a row name no owner', () => {
    expect(read('县文旅局、县财政局,各镇政府 城东 城西、城南 合计 3 4 7', 'partner')).toEqual({ leaders: [], units: [], partners: ['县文旅局', '县财政局', '各镇政府'] });
    expect(read('县教育局、县电力公司 东片 西片 北片 合计', 'partner').partners).toEqual(['县教育局', '县电力公司']);
    // Units side by side in a cell, and a verb or a role after a space, are still owners.
    expect(read('县住建局 县水利局 各乡镇')).toEqual({ leaders: [], units: ['县住建局', '县水利局', '各乡镇'], partners: [] });
    expect(read('县住建局 县水利局 牵头').units).toEqual(['县住建局', '县水利局']);
  });

  it('a role noun set before the body that plays it (包片单位县气象局) is no part of the owner', () => {
    expect(read('由包片单位县文化馆负责')).toEqual({ leaders: [], units: ['县文化馆'], partners: [] });
    expect(read('河东沿线包保单位县税务局、县人武部负责').units).toEqual(['县税务局', '县人武部']);
    expect(read('建设单位市城投集团').units).toEqual(['市城投集团']);
    // A name that holds 单位 without a body's level after it stays whole.
    expect(read('市事业单位登记管理局').units).toEqual(['市事业单位登记管理局']);
  });

  it('the bodies a 督查 notice names as 责任主体 may be shops and kindergartens (…4S店, …幼儿园): owners however long', () => {
    expect(read('某某汽车销售服务有限4S店').units).toEqual(['某某汽车销售服务有限4S店']);
    expect(read('城南小太阳双语幼儿园').units).toEqual(['城南小太阳双语幼儿园']);
  });

  it('a star beside a name marks the lead; stars alone are a redacted owner', () => {
    expect(read('县文化局*、县财政局')).toEqual({ leaders: [], units: ['县文化局'], partners: ['县财政局'] });
    expect(read('*').units).toEqual(['*']);
  });

  it('pinyin glosses that mirror sites inject are not part of names', () => {
    expect(read('市住房和城鄉(xiāng)建設委、交發(fā)集團').units).toEqual(['市住房和城鄉建設委', '交發集團']);
  });

  it('a time phrase inside an owner value is the deadline, not an owner', () => {
    const reading = readOwnerValue('县司法局、县委編辦及县直相關單位,各鄉鎮人民政府,6月底完成', 'partner');
    expect(reading.partners).toEqual(['县司法局', '县委編辦', '县直相關單位', '各鄉鎮人民政府']);
    expect(reading.timeText).toBe('6月底完成');
  });

  it('so is one written in full-width digits or in traditional script (６月底完成, 長期堅持)', () => {
    expect(readOwnerValue('县司法局、各鄉鎮人民政府,６月底完成', 'partner').partners).toEqual(['县司法局', '各鄉鎮人民政府']);
    expect(readOwnerValue('縣民政局,長期堅持', 'unit')).toMatchObject({ units: ['縣民政局'], timeText: '長期堅持' });
  });

  it('tells owner-only notes and clauses from other brackets and sentences', () => {
    expect(isOwnerValue('民政局')).toBe(true);
    expect(isOwnerValue('区政务服务局牵头，区发改局、区级相关部门配合')).toBe(true);
    expect(isOwnerValue('试行')).toBe(false);
    expect(isOwnerValue('2016—2020年')).toBe(false);
    expect(isOwnerValue('市、区')).toBe(false);
    expect(isOwnerClause('市发改委牵头')).toBe(true);
    expect(isOwnerClause('由杨志武副市长负责'.slice(1))).toBe(true);
    expect(isOwnerClause('尽快完成实施方案')).toBe(false);
  });

  it('a list closed by its shared 部门 names bodies, however short (公安、交通部门; 铁路、水利等部门)', () => {
    expect(read('公安、交通部门负责，有关部门配合')).toEqual({ leaders: [], units: ['公安', '交通部门'], partners: ['有关部门'] });
    expect(isOwnerValue('铁路、水利、电力等部门')).toBe(true);
  });

  it('a note the excerpt cut before its closing bracket still reads', () => {
    expect(read('（市生态环境局、发展和改革局牵头督导，市公安局配合').units).toEqual(['市生态环境局', '发展和改革局']);
  });

  it('a sentence that strayed into an owner cell is no owner; a lone cut-off fragment neither', () => {
    expect(read('按照基层各领域公开标准指引，全面公开各领域政府信息').units).toEqual([]);
    expect(read('市发').units).toEqual([]);
  });

  it('a 各/有关 collective is short; a long text after 各 is a sentence, not a body', () => {
    expect(isOwnerValue('其他涉及部门要积极')).toBe(false);
    expect(isOwnerValue('各地')).toBe(true);
  });
  it('an owner note may end with a standing remark after its stop (…负责落实。以下各项…不再列出。): the note still assigns, the remark names no owner', async () => {
    expect(isOwnerValue('市甲局牵头，市乙局参与，各县区政府负责落实。以下各项工作均需各县区政府落实，不再列出。')).toBe(true);
    const text = ['某市某某行动方案', '二、工作任务', '1.制定某某清单。完成清单编制。〔市甲局牵头，市乙局、市丙局参与。以下各项工作均需各县区政府落实，不再列出。〕', '2.开展某某整治。完成整治任务。（市丁局牵头，市乙局参与）'].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.owners.units, t.owners.partners])).toEqual([
      [['市甲局'], ['市乙局', '市丙局']],
      [['市丁局'], ['市乙局']],
    ]);
  });

  it('two owner notes on one task that name a body again (〔市甲局牵头…〕…（市甲局、市丁局牵头…）) list it once', async () => {
    const text = ['某市某某行动方案', '二、工作任务', '1.制定某某清单。完成清单编制。〔市甲局牵头，市乙局参与〕另一句要求。（市甲局、市丁局牵头，市乙局、市戊局参与）'].join('\n');
    const { document } = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
    expect(document.tasks.map((t) => [t.owners.units, t.owners.partners])).toEqual([[['市甲局', '市丁局'], ['市乙局', '市戊局']]]);
  });
  it('an owner note may close with a clause that it holds for the items after (，下同 / ；以下各项均需…落实，不再列出): that clause names no owner', () => {
    expect(read('市甲局牵头，市乙局参与；以下各项工作均需各县区政府落实，不再列出')).toEqual({ leaders: [], units: ['市甲局'], partners: ['市乙局'] });
    expect(read('市丙局，各县区政府，下同')).toEqual({ leaders: [], units: ['市丙局', '各县区政府'], partners: [] });
    expect(read('市丁局负责，以下各项均需各县区政府落实，不再一一列出')).toEqual({ leaders: [], units: ['市丁局'], partners: [] });
    // A note on the lead convention inside its own brackets keeps its 下同.
    expect(read('市甲局、市乙局（列第一位的为牵头单位，下同）').units).toEqual(['市甲局']);
  });
});
