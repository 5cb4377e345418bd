import { describe, expect, it } from 'vitest';
import { tasksOf } from './recovered.js';

/** A document-sharing site's text: its notice, then the file in viewer pages numbered 1、 2、, each cut where the page ended. */
const NOTICE = '《某镇整改报告.docx》由会员分享,可在线阅读,更多相关《某镇整改报告.docx(2页珍藏版)》请在某文库网上搜索。';

describe('a document-sharing site’s viewer pages (1、… 2、…)', () => {
  it('pages cut mid-sentence are joined and their numbers dropped: the document’s own items are the tasks', async () => {
    const text = [
      '某镇整改报告.docx',
      NOTICE,
      '1、某镇整改报告县创城办:根据督查暗访情况的通报,我镇管辖范围内存在三项内容需要整改,结合我镇实际情况,镇党委、政府召开专题会议,逐项研究存在的问题,明确责任人和整改时限,提出整改意见和整改措施,现将整改情况汇报如下:(一)金街环境卫生脏乱差,各类杂物乱堆乱放,施工围挡无创建全国文明城市等相关公益广告内容。整改措施:针对该问题,我镇立即安排社区对金街周边环境问题进行实地核查,并组织人员对金街杂物进行了清理,对沿街商户开展门前三包宣传,督促商户落实卫生保洁责任。随后',
      '2、安排社区张贴公益广告标语。(二)望通路南北两侧卫生脏乱,西侧通道内生活垃圾、装修垃圾成堆,环境脏乱差。整改措施:针对该问题,我镇立即安排社区对望通路南北两侧周边环境问题进行实地核查,随后动用大型机械对路面的垃圾进行了清理并对地面进行抹平;针对通道内的生活和装修垃圾问题,首先对周边施工单位进行了走访,提出整改要求和时限。(三)快速通道路口东侧便道堆放大量生活垃圾,环境卫生差。整改措施:针对该问题,我镇立即安排社区对路口东侧周边环境问题进行实地核查,组织清运,并在路口设置垃圾收集点,安排保洁人员每日巡查,防止垃圾再次堆积,同时在周边张贴禁止乱倒垃圾的提示牌。',
    ].join('\n');
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.number)).toEqual(['一', '二', '三']);
    expect(tasks[0].text).toContain('随后安排社区张贴公益广告标语');
  });

  it('without the site’s notice, or where a page ends a sentence, 1、 2、 are the document’s own items', async () => {
    const items = ['1、加强组织领导。各乡镇要成立领导小组，明确分管领导和工作人员，落实工作经费，建立工作台账，每月召开一次调度会，研究解决工作中遇到的问题，确保各项工作有序推进，按时完成。（责任单位：各乡镇）', '2、强化督查考核。县督查室定期督查。（责任单位：县督查室）'];
    expect((await tasksOf(['一、保障措施', ...items].join('\n'))).map((t) => t.number)).toEqual(['1', '2']);
    expect((await tasksOf(['某方案.docx', NOTICE, '一、保障措施', ...items].join('\n'))).map((t) => t.number)).toEqual(['1', '2']);
  });

  it('an excerpt that starts at the first page, the notice left out, is joined when three or more pages run on cut mid-sentence', async () => {
    const pages = [
      '1、某乡2024年工作要点 今年乡党委政府将按照县委部署,围绕产业、环境、服务三个方面,狠抓落实,力争各项工作走在全县前列,以产业兴旺带动群众增收,以环境整治提升乡村颜值,以优质服务增进民生福祉,切实把各项决策部署落到实处,坚持问题导向和目标导向,统筹发展和安全,持续优化营商环境,推动全乡经济社会高质量发展。全年预期目标:全乡农村经济总收入增长8%,农民人均可支配收入增长9%。 一、做强产业 1.发展茶叶产业。依托本地茶企建设茶叶基地,打造茶叶品牌,推广绿色防控技术,完成茶园提质改造',
      '2、1500亩,提高茶叶附加值,增加茶农收入。 2.建设高标准农田项目2000亩,改善群众生产条件,提高农业生产效率,推动适度规模经营和农业社会化服务体系建设。 3.深化农村改革,实现土地流转1200亩,新培育家庭农场5家,提高土地利用效率,规范农村产权流转交易,健全农村集体资产监督管理制度,推动集体经济稳步增长,盘活闲置资产资源,培育壮大新型农业经营主体,完善利益联结机制,带动农户持续增收致富,巩固拓展',
      '3、脱贫攻坚成果。 二、做美环境 4.加大绿化投入,完成道路绿化6公里。 5.全面推进秸秆禁烧和环境综合治理,保持场镇秩序良好。',
    ];
    const tasks = await tasksOf(pages.join('\n'));
    expect(tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(tasks[0].text).toContain('完成茶园提质改造1500亩');
    // Two pages are too few to tell a viewer's chunks from a list whose items run long.
    expect((await tasksOf(pages.slice(0, 2).join('\n'))).map((t) => t.number)).not.toContain('3');
    // Chunks that do not open the text are the document's own items.
    expect((await tasksOf(['一、重点任务', ...pages].join('\n'))).map((t) => t.number).slice(0, 3)).toEqual(['1', '2', '3']);
  });
});
