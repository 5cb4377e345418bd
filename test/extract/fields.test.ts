import { describe, expect, it } from 'vitest';
import { fieldsOfLine, labelRole, parseInlineFields } from '../../src/extract/fields.js';

const brief = (line: string) => fieldsOfLine(line).map((f) => [f.role, f.value, f.form]);

describe('field labels', () => {
  it('a label nobody listed, after a space (… 成果形式：), opens the next cell of a row run onto one line and ends the owner value', () => {
    expect(fieldsOfLine('牵头单位：市某局 配合单位：市另局 成果形式：出台文件 完成时限：2024年底').map((f) => [f.role, f.value])).toEqual([
      ['unit', '市某局'],
      ['partner', '市另局'],
      ['deadline', '2024年底'],
    ]);
    expect(fieldsOfLine('责任单位：县某局 完成标志：印发方案').map((f) => [f.role, f.value])).toEqual([['unit', '县某局']]);
  });

  it('a schedule label (时间进度, 时间要求, 进度安排) gives the deadline, also after owner labels on the same line', () => {
    expect(fieldsOfLine('牵头单位：市某局 协办单位：市另局 时间进度：2024年9月').map((f) => [f.role, f.value])).toEqual([
      ['unit', '市某局'],
      ['partner', '市另局'],
      ['deadline', '2024年9月'],
    ]);
    expect(['时间进度', '时间要求', '进度安排'].map(labelRole)).toEqual(['deadline', 'deadline', 'deadline']);
  });

  it('部门分工 labels the units of a 分工方案, also after another label on the same line (分管领导：王某 部门分工：某委牵头，各部门配合)', () => {
    expect(fieldsOfLine('分管县领导：王某 部门分工：县发改委牵头，各乡镇、各部门配合。').map((f) => [f.role, f.value])).toEqual([
      ['leader', '王某'],
      ['unit', '县发改委牵头，各乡镇、各部门配合'],
    ]);
  });

  it('maps label variants of both scripts to roles, including unlisted ones by their words', () => {
    expect(['责任领导', '責任領導', '牵头单位', '責任股單位', '配合单位', '协办单位', '整改時限', '完成时间', '建设年限', '整改措施'].map(labelRole)).toEqual([
      'leader', 'leader', 'unit', 'unit', 'partner', 'partner', 'deadline', 'deadline', 'deadline', 'content',
    ]);
    expect(labelRole('主题分类')).toBeNull();
  });

  it('labels of who carries a task out (实施主体, 执行单位) and of the leader a 包抓/包联 system assigns (包抓领导, 包联领导) are owner labels', () => {
    expect(['实施主体', '實施主體', '执行单位', '实施部门', '包抓领导', '包聯領導', '包案领导'].map(labelRole)).toEqual(['unit', 'unit', 'unit', 'unit', 'leader', 'leader', 'leader']);
    expect(brief('（三）实施主体：某县水利局。完成河道清淤不少于30公里。').map(([role, value]) => [role, value])).toEqual([['unit', '某县水利局']]);
  });

  it('a table row flattened onto a line keeps its owner cell after the text, a stop and a space between: bodies alone are owners', () => {
    expect(brief('5 江滨路8号网吧 消防通道内杂物乱堆放. 区文广局 区公安分局')).toEqual([['unit', '区文广局、区公安分局', 'phrase']]);
    expect(brief('2、食堂人员无健康证。 县卫生局')).toEqual([['unit', '县卫生局', 'phrase']]);
    // What follows the stop must be bodies alone: a sentence, or a request to someone, is no cell.
    expect(brief('2、食堂人员无健康证. 请市文明办协调解决')).toEqual([]);
    expect(brief('完成率达到6.5 以上。 全面推进')).toEqual([]);
    // The dot of a numbering label is no stop: what follows is the row's title.
    expect(brief('3.某某花园小区 配套幼儿园')).toEqual([]);
  });

  it('reads a field line, traditional and half-width', () => {
    expect(brief('責任領導:*、*、*')).toEqual([['leader', '*、*、*', 'line']]);
    expect(brief('整改時限:2009年1月――2009年12月')).toEqual([['deadline', '2009年1月――2009年12月', 'line']]);
  });

  it('cuts a line-start value at the next label on the same line', () => {
    expect(brief('责任单位：县文化局；配合单位：县财政局、县教育局')).toEqual([
      ['unit', '县文化局', 'line'],
      ['partner', '县财政局、县教育局', 'inline'],
    ]);
  });

  it('reads annotations inside a sentence, separated by ；or ，', () => {
    expect(brief('完善专项规划编制工作。（责任领导：陈某；责任科室：各科室）')).toEqual([
      ['leader', '陈某', 'inline'],
      ['unit', '各科室', 'inline'],
    ]);
    expect(brief('推进示范区创建。（责任领导：瞿某，责任科室：资源开发和旅游推广科）')).toEqual([
      ['leader', '瞿某', 'inline'],
      ['unit', '资源开发和旅游推广科', 'inline'],
    ]);
  });

  it('a record written on one line with spaces between its fields: a progress label (实际完成情况) ends the value before it and is no owner; 项目责任人 is a person', () => {
    const line = '牵头领导:王明 责任单位:市公安局 项目责任人:王伟 配合单位:市城管局、市财政局 实际完成情况:外场线路铺设、立杆基础浇筑已完成';
    expect(brief(line)).toEqual([
      ['leader', '王明', 'line'],
      ['unit', '市公安局', 'inline'],
      ['leader', '王伟', 'inline'],
      ['partner', '市城管局、市财政局', 'inline'],
    ]);
  });

  it('after a 牵头 clause opening a sentence, a body named with its part of the work goes with it (由县发改局牵头，县财政局负责资金保障), a clause of work alone does not', () => {
    expect(brief('由县发改局牵头，县财政局负责资金保障，年底前完成一期建设。').map(([role, value]) => [role, value])).toEqual([['unit', '由县发改局牵头，县财政局负责']]);
    expect(brief('县水利局牵头，全面清理河道垃圾。').map(([role, value]) => [role, value])).toEqual([['unit', '县水利局牵头']]);
  });

  it('a short owner label after a sentence’s end is a label (…。牵头：镇应急办；配合：…); a contact’s number ends the owner’s value', () => {
    expect(brief('储备防汛物资。牵头：镇应急办；配合：各村委会。').map(([role, value]) => [role, value])).toEqual([['unit', '镇应急办'], ['partner', '各村委会']]);
    expect(brief('完成隐患排查。责任人：刘某（镇长），联系电话：138xxxxxxxx。').filter(([role]) => role === 'leader')).toEqual([['leader', '刘某（镇长）', 'inline']]);
  });

  it('the meeting’s word opening a later clause (…，会议要求县住建局牵头，…) is not part of the owner', () => {
    expect(brief('目前仍有8个小区未改造，群众意见较大，会议要求县住建局牵头，6月底前拿出方案。').map(([role, value]) => [role, value])).toEqual([['unit', '县住建局牵头']]);
    expect(brief('市场环境较差，会议决定由县市场监管局负责，县城管局配合。').map(([role, value]) => [role, value])).toEqual([['unit', '由县市场监管局负责，县城管局配合']]);
  });

  it('the meeting’s word and its colon (会议议定：由X牵头…) open the sentence of minutes, not its owner', () => {
    expect(brief('会议议定：由县住建局牵头，县财政局配合，于6月底前完成选址。').map(([role, value]) => [role, value])).toEqual([['unit', '由县住建局牵头，县财政局配合']]);
  });

  it('a note’s short owner labels (（主办：社会局，协办：教育局）) and Taiwan’s 主办机关/协办机关 name the lead and the partners', () => {
    expect(brief('扩大公共托育。（主办：社会局，协办：教育局）')).toEqual([
      ['unit', '社会局', 'inline'],
      ['partner', '教育局', 'inline'],
    ]);
    expect(brief('推動社會住宅興建。主辦機關：都市發展局；協辦機關：財政局、地政局').map(([role, value]) => [role, value])).toEqual([
      ['unit', '都市發展局'],
      ['partner', '財政局、地政局'],
    ]);
  });

  it('会办 (主办/会办单位) names the bodies that handle a matter jointly with the lead: partners, as a label, a note’s short label and a header word', () => {
    expect(brief('推进某项工作。主办单位：县某局；会办单位：县另局、县三局').map(([role, value]) => [role, value])).toEqual([
      ['unit', '县某局'],
      ['partner', '县另局、县三局'],
    ]);
    expect(brief('推进某项改革。（主办：县某局，会办：县另局）').map(([role, value]) => [role, value])).toEqual([
      ['unit', '县某局'],
      ['partner', '县另局'],
    ]);
    expect(['会办单位', '会办部门', '會辦單位', '会办责任单位'].map(labelRole)).toEqual(['partner', 'partner', 'partner', 'partner']);
  });

  it('a township’s 责任站所 names its units', () => {
    expect(brief('完成财政收入8000万元。（分管领导：赵某；责任站所：财政所）').map(([role, value]) => [role, value])).toEqual([
      ['leader', '赵某'],
      ['unit', '财政所'],
    ]);
  });

  it('labels a page ran onto one line with spaces between them: a short time label (时间：, 时限：) ends the value before it', () => {
    expect(brief('加快项目建设。责任领导：王明副县长 责任单位：县发改局 时间：2024年全年')).toEqual([
      ['leader', '王明副县长', 'inline'],
      ['unit', '县发改局', 'inline'],
      ['deadline', '2024年全年', 'inline'],
    ]);
    // Inside running prose, with no space or separator before it, 时间 is no label.
    expect(brief('明确完成时间节点。').filter(([role]) => role === 'deadline')).toEqual([]);
  });

  it('由 names who acts when an urging word or an owner’s verb follows (会议要求由区教育局抓紧…), not 由于 nor a place', () => {
    expect(brief('会议要求由区教育局抓紧时间给区政府打报告，争取年内开工。')).toEqual([['unit', '区教育局', 'phrase']]);
    expect(brief('由于资金紧张，尽快落实配套。')).toEqual([]);
    // Minutes hand a body the proposal: 由X提出 names who acts.
    expect(brief('相关设备配备由复审工作领导小组提出具体方案后另行研究。')).toEqual([['unit', '复审工作领导小组', 'phrase']]);
    expect(brief('由群众提出意见建议。')).toEqual([]);
    expect(brief('由北向南做好绿化。')).toEqual([]);
  });

  it('由X将…: 将 brings the object before the verb, and X is who acts (应由各科科长将清册送请核定)', () => {
    expect(brief('应由各科科长将应移交他科之业务清册送请主管核定。')).toEqual([['unit', '各科科长', 'phrase']]);
    expect(brief('由于时间紧，将方案提前报送。')).toEqual([]);
  });

  it('a semicolon typed for the colon right where a note opens is still a label: （责任单位；住建局、畜牧局）', () => {
    expect(parseInlineFields('5.实施改厕工程。(责任单位;住建局、畜牧局、各乡镇场)').map((f) => [f.role, f.value])).toEqual([['unit', '住建局、畜牧局、各乡镇场']]);
    expect(parseInlineFields('加强监督；责任到人。')).toEqual([]);
  });

  it('keeps brackets inside a value', () => {
    expect(parseInlineFields('（责任单位：各县（市、区）政府）').map((f) => f.value)).toEqual(['各县（市、区）政府']);
  });

  it('reads owner notes, opening owner clauses and 由…负责 (whole, for the owner grammar), but not a 由…的 description', () => {
    expect(brief('加强督查。（县文化局牵头，县财政局配合）')).toEqual([['unit', '县文化局牵头，县财政局配合', 'phrase']]);
    expect(brief('做好寒冬送暖事宜。（民政局）')).toEqual([['unit', '民政局', 'phrase']]);
    expect(brief('由杨志武副市长负责，市发改委牵头，相关部门配合，尽快完成方案。')).toEqual([['unit', '由杨志武副市长负责，市发改委牵头，相关部门配合', 'phrase']]);
    expect(brief('由县文广新局工作专班组织开展督查验收。')).toEqual([['unit', '县文广新局工作专班组织开展', 'phrase']]);
    expect(brief('全县各乡镇（工业区）要制定工作安排。')).toEqual([]);
    // The clauses that assign may follow the item's title in the same sentence.
    expect(brief('（四）公众聚集场所消防安全专项整治，由公安部门负责，有关部门配合。要坚决整治火灾隐患。')).toEqual([['unit', '由公安部门负责，有关部门配合', 'phrase']]);
    expect(brief('做好由文化馆指导的群众业余文艺团队的管理。')).toEqual([]);
  });

  it('由<leader>牵头，<unit>负责: the 牵头 phrase takes the clause after it that names the body doing the work or helping', () => {
    const owners = (line: string) => brief(line).map(([role, value]) => [role, value]);
    expect(owners('宣传工作由局党组成员张某同志牵头，办公室负责日常管理和对外协调。')).toEqual([['unit', '局党组成员张某同志牵头，办公室负责']]);
    expect(owners('宣传工作由王某副局长牵头，办公室负责日常管理。')).toEqual([['unit', '王某副局长牵头，办公室负责']]);
    // The phrase says who leads, as a 牵头 label would.
    expect(fieldsOfLine('申报工作由建设部门牵头，文化部门配合。').map((f) => f.label)).toEqual(['由…牵头']);
    expect(owners('该项工作由县农业局牵头，县财政局配合。')).toEqual([['unit', '县农业局牵头，县财政局配合']]);
    // A clause after it that names no body, or a phrase that is not 牵头, stays as it was.
    expect(owners('宣传工作由王某副局长牵头，每月通报一次，办公室负责汇总。')).toEqual([['unit', '王某副局长牵头']]);
    expect(owners('宣传工作由办公室负责，各股室配合做好信息报送。')).toEqual([['unit', '办公室负责']]);
  });

  it('labels run together without separators: a person’s label (…东街负责人：) needs no boundary, and a members label (成员：) ends the head’s value', () => {
    expect(brief('1、负责区域：东街、长青巷负责人：霍某成员：张某、李某')).toEqual([['leader', '霍某', 'inline']]);
    expect(brief('负责人：王某局长成员：张某、李某')).toEqual([['leader', '王某局长', 'line']]);
    expect(brief('项目负责人：王某')).toEqual([['leader', '王某', 'line']]);
  });

  it('a mirror’s pinyin gloss closes no sentence: a bracket after it (一场(chǎng)(体育中心)) is part of the words, no owner note', () => {
    expect(brief('重点解决一场(chǎng)(体育中心)、三馆(文化馆)等配套设施')).toEqual([]);
    expect(brief('做好寒冬送暖事宜(yí)。（民政局）')).toEqual([['unit', '民政局', 'phrase']]);
  });

  it('needs a colon for a label: prose mentioning 责任单位 is not a field', () => {
    expect(brief('明确各项工作任务的责任单位和时间表、路线图')).toEqual([]);
  });
  it('owner labels a flattened page ran on without their colon, followed only by bodies to the end of the line, are fields', () => {
    expect(brief('清理楼道杂物，做到日产日清责任单位物业公司、各社区居委会')).toEqual([['unit', '物业公司、各社区居委会', 'inline']]);
    expect(brief('修复破损路灯责任单位城管局配合单位供电所、街道办事处')).toEqual([
      ['unit', '城管局', 'inline'],
      ['partner', '供电所、街道办事处', 'inline'],
    ]);
    // A label the sentence goes on after, or one that is a word of the sentence, is no field.
    expect(brief('督促责任单位落实整改措施')).toEqual([]);
    expect(brief('各责任单位要加强巡查')).toEqual([]);
    expect(brief('明确牵头单位和配合单位的职责')).toEqual([]);
    expect(brief('每项任务均明确牵头单位与责任单位。')).toEqual([]);
  });
});

describe('labels set in 【】 instead of closed by a colon', () => {
  it('【牵头单位】…【配合单位】…【完成时限】… read as the labels they are', () => {
    expect(brief('推进某项工作。【牵头单位】县某局【配合单位】县财政局、各乡镇【完成时限】6月底前')).toEqual([
      ['unit', '县某局', 'inline'],
      ['partner', '县财政局、各乡镇', 'inline'],
      ['deadline', '6月底前', 'inline'],
    ]);
    expect(brief('【责任单位】县某局')).toEqual([['unit', '县某局', 'line']]);
  });

  it('【】 around other words (a portal’s column, a heading) is no label', () => {
    expect(brief('【重点工作】某县召开推进会')).toEqual([]);
  });

  it('an item whose owners stand on the next line in 【】 takes them', async () => {
    const { parseBytes } = await import('../../src/parse.js');
    const text = ['某县2024年工作要点', '一、重点任务', '1.新建村级服务站10个。', '【责任单位】县某局', '【完成时限】2024年9月底前', '2.改造农贸市场2个。【牵头单位】县商务局【配合单位】各乡镇'].join('\n');
    const tasks = (await parseBytes(Buffer.from(text), 'plan.txt')).document.tasks;
    expect(tasks.map((t) => [t.owners.units, t.owners.partners, t.deadline?.end ?? null])).toEqual([
      [['县某局'], [], '2024-09-30'],
      [['县商务局'], ['各乡镇'], null],
    ]);
  });
});

describe('a leader in charge, then the body that carries the work out', () => {
  it('"由副县长王某负责，县某局具体实施" names both: the leader and the body (as after a 牵头 phrase)', async () => {
    const { parseBytes } = await import('../../src/parse.js');
    const text = ['某县2024年工作要点', '一、重点任务', '1.推进水利项目。由副县长王某负责，县某局具体实施。', '2.推进道路项目。由县某局负责，县某中心配合。'].join('\n');
    const tasks = (await parseBytes(Buffer.from(text), 'plan.txt')).document.tasks;
    expect(tasks.map((t) => [t.owners.leaders, t.owners.units, t.owners.partners])).toEqual([
      [['王某'], ['县某局'], []],
      [[], ['县某局'], ['县某中心']],
    ]);
  });
});
