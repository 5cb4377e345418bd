import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../src/extract/deadline.js';
import { parseBytes } from '../../src/parse.js';

const Y2018 = { year: 2018 };

async function scheduleOf(text: string) {
  const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'snippet.txt');
  return parsed.document.tasks.map((t) => parsed.facts.tasks.get(t.id)!.schedule);
}

describe('time mentions: how a range is written', () => {
  it.each([
    ['2009年――2009年9月', { startPrecision: 'year', endTakes: 'nothing' }],
    ['2009年1月――2009年12月', { startPrecision: 'month', endTakes: 'nothing' }],
    ['2019年12月至次年3月', { startPrecision: 'month', endTakes: 'nothing' }],
    ['2019年12月—3月', { startPrecision: 'month', endTakes: 'year' }],
    ['2019年3月15日至20日', { startPrecision: 'day', endTakes: 'month' }],
    ['2018310—1210日', { startPrecision: 'day', endTakes: 'year' }],
  ])('%s', (text, shape) => {
    const [m] = findTimeMentions(text, Y2018);
    expect(m.kind).toBe('range');
    expect(m.range).toEqual(shape);
  });

  it('points have no range shape', () => {
    expect(findTimeMentions('2019年6月底前', Y2018)[0].range).toBeUndefined();
  });
});

describe('time mentions: the other reading of garbled digits', () => {
  it('keeps the other reading when nothing decides', () => {
    const [m] = findTimeMentions('121日前完成全部任务', Y2018);
    expect([m.deadline.end, m.otherReading]).toEqual(['2018-12-01', { start: null, end: '2018-01-21' }]);
  });

  it('drops it when the phase bounds decide', () => {
    const [m] = findTimeMentions('121日前完成全部任务', { year: 2018, after: '2018-03-10', before: '2018-12-10' });
    expect([m.deadline.end, m.otherReading]).toEqual(['2018-12-01', undefined]);
  });

  it('has none when only one reading is a date', () => {
    expect(findTimeMentions('71日前', Y2018)[0].otherReading).toBeUndefined();
    expect(findTimeMentions('2018310—1210日', Y2018)[0].otherReading).toBeUndefined();
  });
});

describe('schedule facts', () => {
  it('says where the deadline was read', async () => {
    const facts = await scheduleOf('二、重点任务\n（一）完善设施。（完成时限：2021年）\n1.建设图书馆。\n2.建设文化馆。\n（二）推进服务。\n1.送戏下乡，6月底前完成。\n2.开展培训。\n完成时限：2021年9月');
    expect(facts.map((s) => [s.source, s.sharedWith, s.reading?.text ?? null])).toEqual([
      ['inherited', null, '2021年'],
      ['inherited', 'T1', '2021年'],
      ['text', null, '6月底前'],
      ['field', null, '2021年9月'],
    ]);
  });

  it('reads a phase’s garbled steps within the phase, in the phase’s year', async () => {
    const [phase] = await scheduleOf('三、进度安排\n（一）组织实施阶段（2018310—1210日）。71日前完成量不少于50%121日前完成全部任务。');
    expect(phase.mentions.map((m) => [m.text, m.deadline.end, m.otherReading ?? null])).toEqual([
      ['2018310—1210日', '2018-12-10', null],
      ['71日前', '2018-07-01', null],
      ['121日前', '2018-12-01', null],
    ]);
    expect(phase.garbled.map((g) => [g.mention.text, g.lostUnits])).toEqual([
      ['2018310—1210日', true],
      ['71日前', true],
      ['121日前', true],
    ]);
  });

  it('tells a date that lost its units from one that does not exist', async () => {
    const [task] = await scheduleOf('二、重点任务\n1.完成文化站改造。\n完成时限：2020年2月30日');
    expect(task.garbled.map((g) => [g.mention.text, g.lostUnits])).toEqual([['2020年2月30日', false]]);
  });

  it('keeps the vague words of the main clause, not the reactive ones or those further on', async () => {
    const facts = await scheduleOf('二、重点任务\n1.尽快建成村级文化室，逐步完善设施。\n2.及时报送进展情况。\n3.建设文化站。积极争取资金，尽快开工。');
    expect(facts.map((s) => s.mainClauseVague.map((m) => m.text))).toEqual([['尽快', '逐步'], [], []]);
  });
});
