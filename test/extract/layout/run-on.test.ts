import { describe, expect, it } from 'vitest';
import { MIN_RUN_ON, runOnItemStarts, splitGluedRecords, splitRunOn } from '../../../src/extract/layout/run-on.js';
import { parseBytes } from '../../../src/parse.js';

const pad = (text: string) => text + '。'.padEnd(MIN_RUN_ON, '说');
/** How a long paragraph starting with `text` is cut: each piece's first two characters. */
const pieces = (text: string) => splitRunOn([{ kind: 'paragraph', text: pad(text), loc: { line: 1, column: 1 } }]).map((b) => b.text.slice(0, 2));

describe('a page that lost its line breaks: a long paragraph is cut where its counted-up items start', () => {
  it('labels of one style numbered 1, 2, 3 in order start lines; the (一)(二) kind may follow any character', () => {
    const text = '开展环境整治工作(一)建筑工地扬尘整治。牵头领导:周立新副局长(二)背街小巷环境整治。牵头领导:吴建华副局长';
    const starts = runOnItemStarts(text);
    expect(starts.map((at) => text.slice(at, at + 3))).toEqual(['(一)', '(二)']);
  });

  it('一、 and 1、 start an item only after a stop or a space: 统一、规范 is a word in a list', () => {
    expect(pieces('存在以下问题:1、教室光线不足;2、浴池设施少。要求统一、规范管理二、整改措施')).toEqual(['存在', '1、', '2、']);
  });

  it('labels in full-width digits (１、 ２、, （１）（２）) count up as well', () => {
    const text = '存在以下问题：１、照明不足；２、场地不够。整改措施：（１）加装灯具；（２）扩建场地。';
    expect(runOnItemStarts(text).map((at) => text.slice(at, at + 2))).toEqual(['１、', '２、', '（１', '（２']);
  });

  it('an item may open with a number after 、 (6、98年元旦…, 7、2月底前…); after a dot a digit makes a decimal (4.2024), no label', () => {
    const text = '1、准备慰问活动。(民政局) 2、做好春节值班。(民政局) 3、98年元旦升旗活动做好规划。(教育局) 4、2月底前完成校舍检查。(教育局)';
    expect(runOnItemStarts(text).map((at) => text.slice(at, at + 2))).toEqual(['2、', '3、', '4、']);
  });

  it('a lone label or labels that do not count up are references, not items', () => {
    expect(runOnItemStarts('按照第（一）项和第（三）项的要求')).toEqual([]);
    expect(runOnItemStarts('见（二）。另见（四）')).toEqual([]);
  });

  it('an excerpt cut inside a list: the first label, after a space, counts up from its own number (（十二）（十三）)', () => {
    expect(pieces('某县关于印发整治方案的通知  （十二）某镇政府。负责辖区整治。  （十三）某县城管局。负责督查考核。')).toEqual(['某县', '（十', '（十']);
  });

  it('a first label that does not count on, or that follows a word, starts nothing: 按第（三）项…（五）', () => {
    expect(runOnItemStarts('要求 （三）项由某局负责，（五）项另行安排')).toEqual([]);
    expect(runOnItemStarts('按第（三）项（四）项要求')).toEqual([]);
  });

  it('once items are found, two spaces before a numbering label are a lost line break: 工作步骤  （一）…', () => {
    expect(pieces('（一）甲项。（二）乙项。 三、工作步骤  （一）部署阶段。一是召开会议')).toEqual(['（一', '（二', '三、', '（一']);
  });

  it('once items are found, a space after a stop is a lost paragraph break too', () => {
    expect(pieces('问题如下: 1、设施少。 2、设备旧。 针对以上问题,整改如下')).toEqual(['问题', '1、', '2、', '针对']);
  });

  it('paragraphs shorter than a page are left as the clerk wrote them', () => {
    const short = { kind: 'paragraph' as const, text: '3.推进改造。（1）更换管网；（2）修复路面。', loc: { line: 1, column: 1 } };
    expect(splitRunOn([short])).toEqual([short]);
    const long = { ...short, text: pad('（1）更换管网；（2）修复路面') };
    expect(splitRunOn([long]).map((b) => b.text.slice(0, 3))).toEqual(['（1）', '（2）']);
  });

  it('a short paragraph is cut too when two or more of its items carry owner labels of their own (1.…责任单位：A。2.…责任单位：B。)', () => {
    const runOn = { kind: 'paragraph' as const, text: '二、重点任务 1.改造小区12个。责任单位：县住建局。2.新建管网20公里。責任單位：县水利局。', loc: { line: 1, column: 1 } };
    expect(splitRunOn([runOn]).map((b) => b.text.slice(0, 2))).toEqual(['二、', '1.', '2.']);
    // One owner note after a clerk's inline sub-items is that item's own.
    const item = { kind: 'paragraph' as const, text: '3.推进改造。（1）更换管网；（2）修复路面。责任单位：县住建局；完成时限：年底前。', loc: { line: 1, column: 1 } };
    expect(splitRunOn([item])).toEqual([item]);
  });

  it('a covering notice’s 落款 run into its plan (…执行。某市人民政府 2023年3月17日 某市…实施方案 为…) is cut into issuer, date and title lines, so the notice ends there', async () => {
    const notice = '各县区人民政府，市政府各部门：现将《某市支持民间投资实施方案》印发给你们，请认真贯彻执行。一、各地要高度重视。二、各部门要加强协调。';
    const plan = '为进一步激发民间投资活力，制定本方案。(一)支持民间投资参与重大工程。牵头单位:市发展改革委(二)推动政府和社会资本合作。牵头单位:市财政局';
    const text = pad(`${notice}某市人民政府 2023年3月17日 某市支持民间投资实施方案 ${plan}`);
    const blocks = splitRunOn([{ kind: 'paragraph', text, loc: { line: 1, column: 1 } }]).map((b) => b.text);
    expect(blocks).toEqual(expect.arrayContaining(['某市人民政府', '2023年3月17日', '某市支持民间投资实施方案']));
    const tasks = (await parseBytes(Buffer.from(text), 'page.txt')).document.tasks;
    expect(tasks.map((t) => t.owners.units)).toEqual([['市发展改革委'], ['市财政局']]);
  });

  it('a plan run into one line yields its items with their own owners', async () => {
    const text = pad('开展环境整治工作(一)建筑工地扬尘整治。牵头领导:周立新副局长责任部门:工程科、监督站(二)背街小巷环境整治。牵头领导:吴建华副局长责任部门:市容科、环卫处');
    const tasks = (await parseBytes(Buffer.from(text), 'page.txt')).document.tasks;
    expect(tasks.map((t) => [t.owners.leaders, t.owners.units])).toEqual([
      [['周立新'], ['工程科', '监督站']],
      [['吴建华'], ['市容科', '环卫处']],
    ]);
  });
});

describe('records that open with the same label: a number glued on the end of a value starts the next record', () => {
  const paragraphs = (...texts: string[]) => texts.map((text, k) => ({ kind: 'paragraph' as const, text, loc: { line: k + 1, column: 1 } }));
  const texts = (...lines: string[]) => splitGlued(lines).map((b) => b.text);
  const splitGlued = (lines: string[]) => splitGluedRecords(paragraphs(...lines));

  it('the next number and the records’ label after a name (…李某3、负责区域：) start record 3', () => {
    expect(texts('2、负责区域：东街、西街', '负责人：王某成员：张某、李某3、负责区域：南街', '负责人：赵某')).toEqual([
      '2、负责区域：东街、西街',
      '负责人：王某成员：张某、李某',
      '3、负责区域：南街',
      '负责人：赵某',
    ]);
    // Where the piece starts in the line is kept.
    expect(splitGlued(['2、负责区域：东街', '负责人：王某3、负责区域：南街'])[2].loc.column).toBe(7);
  });

  it('a number that is not the next, goes on a number (13、), or lacks the records’ label starts nothing', () => {
    expect(texts('2、负责区域：东街', '负责人：王某4、负责区域：南街')).toHaveLength(2);
    expect(texts('3、负责区域：东街', '共有13、负责区域：南街')).toHaveLength(2);
    expect(texts('2、负责区域：东街', '负责人：王某3、工作要求：南街')).toHaveLength(2);
    expect(texts('负责人：王某3、负责区域：南街')).toHaveLength(1);
  });
});
