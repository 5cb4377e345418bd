import { describe, expect, it } from 'vitest';
import { table, tasksOf } from './recovered.js';

/**
 * Document-sharing sites' text of a Word table: cell boundaries lost, cells run
 * together, the viewer's pages marked 1、 2、 … mid-word. The texts below are
 * made up in that shape.
 */
describe('tables whose cells ran together (document-sharing sites)', () => {
  it('a header of column names run together (序号项目名称…配合单位) and rows counted 1, 2 after their owners become a table', () => {
    const text = [
      '1、2022年惠民项目责任分解表序号项目名称主要内容县分管领导牵头单位配合单位1建设社区食堂新建社区食堂10个。王建国民政局各乡镇县商务局2改善出行条件新增公交线路3条。李华交通局县公交公司',
    ].join('\n');
    expect(table(text)).toEqual([
      ['序号', '项目名称', '主要内容', '县分管领导', '牵头单位', '配合单位'],
      ['1', '', '建设社区食堂新建社区食堂10个。', '王建国', '民政局', '各乡镇\n县商务局'],
      ['2', '', '改善出行条件新增公交线路3条。', '李华', '交通局', '县公交公司'],
    ]);
  });

  it('a sharing site’s prompt run onto the preview’s last words (…2023年9月当前文档共8页下载后继续阅读) ends the table, not the last row’s owners', () => {
    const text = '序号工作任务牵头单位配合单位完成时限1修缮某村道路硬化村道5公里。某县交通局各乡镇2023年10月底前2新建某镇食堂新建食堂2个。某县教育局某县财政局2023年9月当前文档共8页下载后继续阅读';
    expect(table(text).slice(1)).toEqual([
      ['1', '修缮某村道路硬化村道5公里。', '某县交通局', '各乡镇', '2023年10月底前'],
      ['2', '新建某镇食堂新建食堂2个。', '某县教育局', '某县财政局', '2023年9月'],
    ]);
  });

  it('a sharing site’s buttons and lists under the preview (下载文档, 相关文档, 文档评论(0)) are chrome: the numbered caption over the table is no task', async () => {
    const text = [
      '2024年某县民生实事任务分解表.docx',
      '1、2024年某县民生实事任务分解表序号项目名称主要内容牵头单位配合单位完成时限1改善某镇供水新建供水管网20公里,改造水厂1座。县水利局某镇人民政府2024年10月底前2提升某村道路硬化村道15公里。县交通运输局各乡镇2024年12月底前3新建某校食堂新建学校食堂2个。县教育局县财政局2024年9月底',
      '下载文档',
      '相关文档',
      '文档评论(0)',
    ].join('\n');
    expect((await tasksOf(text)).map((t) => t.origin)).toEqual(['table', 'table', 'table']);
  });

  it('a number inside a row’s text is no row: the next row’s number follows owner names, not a sentence (控制在3%以内)', async () => {
    const text = '序号工作任务责任单位完成时限1稳定就业新增就业2000人，失业率控制在3%以内。人社局2023年12月底前2保障住房改造老旧小区5个。住建局2023年10月底前';
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => [t.owners.units, t.deadline?.end])).toEqual([
      [['人社局'], '2023-12-31'],
      [['住建局'], '2023-10-31'],
    ]);
  });

  it('the same in traditional script (序號…) and with the viewer’s pages and the rows numbered in full-width digits (１、, ２)', () => {
    const hant = '1、2022年惠民項目責任分解表序號項目名稱主要內容縣分管領導牽頭單位配合單位1建設社區食堂新建社區食堂10個。王建國民政局各鄉鎮縣商務局2改善出行條件新增公交線路3條。李華交通局縣公交公司';
    expect(table(hant).slice(1).map((row) => [row[0], row[4]])).toEqual([['1', '民政局'], ['2', '交通局']]);
    const wide = [
      '《某区民生实事分解表.docx》由会员分享,可在线阅读,更多相关《某区民生实事分解表.docx(2页珍藏版)》请在某文库网上搜索。',
      '１、某区民生实事分解表序号项目名称主要内容分管领导牵头单位配合单位１建设养老中心新建养老服务中心２个,改造提升社区养老服务站１０个,为全区困难老年人提供居家上门服务,完善助餐助浴服务网络,推进医养结合,培育养老服务市场主体,加强养老护理人员培训。王建国民政局高新园(某某',
      '２、镇)各街道２提升公园改造公园３个。李华住建局城管局',
    ].join('\n');
    expect(table(wide).slice(1).map((row) => [row[0], row[5]])).toEqual([['1', '高新园(某某镇)\n各街道'], ['2', '城管局']]);
  });

  it('a sentence after a stop that opens like a name (…以内；支持成功…) starts no sub-row: a sub-row’s owners have a unit', () => {
    const text = '1、2022年惠民项目责任分解表序号项目名称主要内容县分管领导牵头单位配合单位1稳定就业新增就业3000人，失业率控制在3%以内；支持成功创业200人。王建国人社局各乡镇2改善出行新增公交线路3条。李华交通局县公交公司';
    expect(table(text).slice(1).map((row) => [row[0], row[3], row[4]])).toEqual([['1', '王建国', '人社局'], ['2', '李华', '交通局']]);
  });

  it('a site’s viewer pages (1、 2、) that cut a cell are joined first, so the cell reads whole', () => {
    const text = [
      '《某区民生实事分解表.docx》由会员分享,可在线阅读,更多相关《某区民生实事分解表.docx(2页珍藏版)》请在某文库网上搜索。',
      '1、某区民生实事分解表序号项目名称主要内容分管领导牵头单位配合单位1建设养老中心新建养老服务中心2个,改造提升社区养老服务站10个,为全区困难老年人提供居家上门服务,完善助餐助浴服务网络,推进医养结合,培育养老服务市场主体,加强养老护理人员培训。王建国民政局高新园(某某',
      '2、镇)各街道2提升公园改造公园3个。李华住建局城管局',
    ].join('\n');
    expect(table(text).slice(1)).toEqual([
      ['1', '', '建设养老中心新建养老服务中心2个,改造提升社区养老服务站10个,为全区困难老年人提供居家上门服务,完善助餐助浴服务网络,推进医养结合,培育养老服务市场主体,加强养老护理人员培训。', '王建国', '民政局', '高新园(某某镇)\n各街道'],
      ['2', '', '提升公园改造公园3个。', '李华', '住建局', '城管局'],
    ]);
  });

  it('a row whose name spans two sub-rows repeats text then owners; the sub-row’s number is a merged cell', () => {
    const text = '序号项目名称主要内容分管领导牵头单位配合单位1老城更新完成纪念馆提升工程。王建国文旅局城投公司推进老街道路整治。李华住建局东街街道西街街道2优化养老为老年人提供上门服务。张菁民政局各街道';
    expect(table(text).slice(1)).toEqual([
      ['1', '', '老城更新完成纪念馆提升工程。', '王建国', '文旅局', '城投公司'],
      ['^1', '', '推进老街道路整治。', '李华', '住建局', '东街街道\n西街街道'],
      ['2', '', '优化养老为老年人提供上门服务。', '张菁', '民政局', '各街道'],
    ]);
  });

  it('a header repeated where the table crosses a page is no row; a sub-row without owners lies under the owner cells merged down from above', () => {
    const text = '序号项目名称主要内容分管领导牵头单位配合单位1优化养老为老年人提供上门服务。张菁民政局各街道改造养老服务站8个。序号项目名称主要内容分管领导牵头单位配合单位2建设公园新建公园1个。李华住建局城管局';
    const [, ...rows] = table(text);
    expect(rows.map(([number, , content]) => `${number} ${content}`)).toEqual(['1 优化养老为老年人提供上门服务。', '^1 改造养老服务站8个。', '2 建设公园新建公园1个。']);
    expect(rows[1].slice(3)).toEqual(['^张菁', '^民政局', '^各街道']);
  });

  it('a name of two characters is kept apart from the unit after it (张菁 民政局, not 张菁民 政局)', () => {
    const text = '序号项目名称主要内容分管领导牵头单位1建设食堂新建食堂2个。张菁民政局2建设公园新建公园1个。李华住建局';
    expect(table(text).slice(1).map((row) => [row[3], row[4]])).toEqual([
      ['张菁', '民政局'],
      ['李华', '住建局'],
    ]);
  });

  it('prose that mentions 序号 and column names is no table', () => {
    const text = '各单位按序号填写工作任务、责任单位和完成时限，于月底前报送。';
    expect(() => table(text)).toThrow('no table recovered');
  });
});
