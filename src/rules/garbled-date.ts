import type { OtherReading, TimeMention } from '../extract/deadline.js';
import type { DeadlinePrecision } from '../model/plan.js';
import { defineRule } from './define.js';

/**
 * Dates whose 年/月 were lost in conversion ("2018310日前", "71日前") cannot be
 * put in a ledger. extraction repairs them — a reading must be a real date,
 * and inside a 进度安排 phase it must fall within the phase's own dates — and
 * this rule shows each repair for a person to confirm; when two readings stay
 * possible both are shown. One finding per task, listing every garbled date in
 * it. Digits only count next to 日/前 or in a dated range, so phone numbers,
 * money and 文号 never get here; an impossible date (2月30日) is reported as such.
 */
export default defineRule({
  id: 'garbled-date',
  severity: 'error',
  docs: { zh: '日期残缺（年/月字丢失）或不存在', en: 'A date lost its 年/月 characters, or does not exist' },
  messages: {
    lost: {
      zh: '任务“{title}”中的日期缺了“年”“月”字（{pairs}），无法据以督查：请对照原件确认后补全年、月',
      en: 'Task “{title}” has dates that lost 年/月 ({pairs}) and cannot be tracked: check the original and write the year and month in',
    },
    invalid: {
      zh: '任务“{title}”中的日期“{written}”不存在：请核对原文中的月、日',
      en: 'Task “{title}” has the date “{written}”, which does not exist: check the month and day in the original',
    },
    inText: {
      zh: '文中日期“{written}”残缺或有误（年份留空、位数不对或“月底”误作“月低”）：请补全或改正',
      en: 'The date “{written}” in the text is incomplete or wrong (a blank year, a year of the wrong length, or 月低 for 月底): fill it in or correct it',
    },
  },
  examples: {
    valid: [
      '三、进度安排\n（一）动员发动阶段（2018年3月10日前）。制定实施方案，并于3月10日前将工作安排报送县文广新局。\n（二）组织实施阶段（2018年3月10日—12月10日）。7月1日前完成量不少于50%。',
      '二、重点任务\n1.建设乡镇文化站6个，总投资187万元，联系电话0737-4221234。依据益资文旅广体发〔2020〕8号，2020年6月底前完成。',
    ],
    invalid: [
      {
        text: '三、进度安排\n（一）动员发动阶段（2018310日前）。制定实施方案，并于310日前将工作安排报送县文广新局。',
        errors: [{ messageId: 'lost', task: 1, data: { pairs: '2018310日前 → 2018年3月10日前？；310日前 → 3月10日前？' } }],
      },
      {
        text: '三、进度安排\n（一）动员发动阶段（2018年3月10日前）。制定实施方案。\n（二）组织实施阶段（2018310—1210日）。71日前各项重点任务完成量不少于50%121日前完成全部任务。',
        errors: [{ messageId: 'lost', task: 2, data: { pairs: '2018310—1210日 → 2018年3月10日—12月10日？；71日前 → 7月1日前？；121日前 → 12月1日前？' } }],
      },
      { text: '二、重点任务\n1.完成文化站改造。\n完成时限：2020年2月30日', errors: [{ messageId: 'invalid', task: 1, data: { written: '2020年2月30日' } }] },
      { text: '二、重点任务\n1.完成文化站改造，20224年底前完成。（责任单位：文化站）', errors: [{ messageId: 'inText', task: 1, data: { written: '20224年' } }] },
    ],
  },
  check({ doc, facts }, report) {
    // Outside the tasks (the preamble, a notice, a page whose items were not found), a broken date is still one.
    let inTasks: string[] | null = null;
    for (const line of facts.lines) {
      const found = BROKEN_DATE.exec(line.text);
      if (!found) continue;
      // The date with a little of its sentence: is it in a task's text (which reports it itself)?
      const context = squash(line.text.slice(Math.max(0, found.index - 6), found.index + found[0].length + 6));
      inTasks ??= doc.tasks.map((t) => squash(t.text));
      if (!inTasks.some((t) => t.includes(context))) report({ messageId: 'inText', loc: line.loc, data: { written: found[0] } });
    }
    for (const task of doc.tasks) {
      const garbled = facts.tasks.get(task.id)?.schedule.garbled ?? [];
      const lost = garbled.filter((g) => g.lostUnits).map((g) => g.mention);
      if (lost.length > 0) {
        const pairs = lost.map((m) => `${m.text} → ${repairOf(m)}`).join('；');
        report({ messageId: 'lost', task, data: { title: task.title, pairs } });
      } else if (garbled.length > 0) {
        report({ messageId: 'invalid', task, data: { title: task.title, written: garbled[0].mention.text } });
      } else {
        const broken = BROKEN_DATE.exec(task.text)?.[0];
        if (broken) report({ messageId: 'inText', task, data: { written: broken } });
      }
    }
  },
});

/** A blank year (____年), a year of five digits (20224年), 月低 written for 月底. */
const BROKEN_DATE = /[_＿]{2,}\s*年|(?<!\d)\d{5}\s*年(?!\d)|\d{1,2}\s*月低/;
const squash = (s: string) => s.replace(/\s+/g, '');

/** The repaired reading as it should have been written: 2018年3月10日前？, or both readings when two remain. */
function repairOf(m: TimeMention): string {
  const main = writeOut(m, m.deadline);
  if (main === null) return '？';
  const other = m.otherReading ? writeOut(m, m.otherReading) : null;
  return other ? `${main}或${other}？` : `${main}？`;
}

function writeOut(m: TimeMention, { start, end }: OtherReading): string | null {
  const withYear = !m.deadline.flags.includes('yearInferred');
  const endPrecision = m.deadline.precision;
  switch (m.kind) {
    case 'by':
      return end && `${dateText(end, endPrecision, withYear)}前`;
    case 'until':
      return end && `到${dateText(end, endPrecision, withYear)}`;
    case 'range': {
      if (!start || !end) return null;
      const sameYear = start.slice(0, 4) === end.slice(0, 4);
      return `${dateText(start, m.range?.startPrecision ?? 'day', withYear)}—${dateText(end, endPrecision, withYear && !sameYear)}`;
    }
    default:
      return start && dateText(start, endPrecision, withYear);
  }
}

/** 2018-03-10 → 2018年3月10日 (or 3月10日 when the year was not written). */
function dateText(iso: string, precision: DeadlinePrecision, withYear: boolean): string {
  const year = withYear || precision === 'year' ? `${iso.slice(0, 4)}年` : '';
  if (precision === 'year') return year;
  const month = `${Number(iso.slice(5, 7))}月`;
  return precision === 'month' ? year + month : `${year}${month}${Number(iso.slice(8, 10))}日`;
}
