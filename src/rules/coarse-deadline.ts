import type { TimeMention } from '../extract/deadline.js';
import type { DocumentFacts } from '../extract/index.js';
import type { Deadline, PlanDocument, Task } from '../model/plan.js';
import { defineRule } from './define.js';

/** A table or a plan whose every deadline is a bare year is reported once, not row by row. */
const SUMMARY_MIN = 3;
/** The DCMA high-duration check: longer than a year with nothing to check in between. */
const MAX_MONTHS = 12;

type Coarse = { task: Task; deadline: Deadline; kind: 'year' | 'span'; months: number };

/**
 * Deadlines a supervision office cannot track month by month: (a) a bare
 * year ("2019年"), (b) a span of more than 12 months with no milestone in the
 * task ("2009年7月――2012年10月底"), (c) a month and day whose year comes only
 * from the 文号, the title or a portal date ("6月底前" under 〔2020〕). A dated
 * 进度安排 times the body's tasks, and a milestone or reporting cadence inside
 * the task breaks up a long span, so those pass. A table or plan whose every
 * deadline is a bare year is a choice of granularity: one finding, with the
 * count. With a 成文日期, "6月底前" is read in its year by convention and
 * passes; a date with no year to take at all is unclear-deadline's.
 */
export default defineRule({
  id: 'coarse-deadline',
  severity: 'info',
  docs: { zh: '时限过粗：只写年份、跨度超过12个月无节点，或缺年份', en: 'The deadline is too coarse: a bare year, a span over 12 months with no milestone, or no year' },
  messages: {
    year: {
      zh: '任务“{title}”的完成时限“{deadline}”只写到年份，督查时无法按月跟踪：请细化到月，如“{year}年6月底前”，或分季度列出节点',
      en: 'Task “{title}” has the deadline “{deadline}”, a bare year that cannot be tracked month by month: give a month such as {year}年6月底前, or quarterly milestones',
    },
    span: {
      zh: '任务“{title}”的完成时限“{deadline}”跨{months}个月，中间没有阶段节点：请分年度或分阶段写明要完成的内容，如“{year}年底前完成……”',
      en: 'Task “{title}”’s deadline “{deadline}” spans {months} months with no milestone: state what is due each year or phase, e.g. {year}年底前完成……',
    },
    noYear: {
      zh: '任务“{title}”的时限“{deadline}”没有写年份，只能按“{source}”推定为{year}年：请写明年份，如“{year}年{deadline}”',
      en: 'Task “{title}”’s deadline “{deadline}” has no year; it is read as {year} only from “{source}”: write the year, e.g. {year}年{deadline}',
    },
    tableYears: {
      zh: '本表{count}项任务的完成时间都只写到年份（如“{deadline}”），督查时无法按月跟踪：请细化到月或季度，如“{year}年6月底前”，跨年任务请分年度写明阶段目标',
      en: 'All {count} tasks of this table give only years as deadlines (e.g. “{deadline}”), which cannot be tracked month by month: give months or quarters such as {year}年6月底前, and yearly milestones for multi-year tasks',
    },
    planYears: {
      zh: '本方案{count}项任务的完成时限都只写到年份（如“{deadline}”），督查时无法按月跟踪：请细化到月或季度，如“{year}年6月底前”，跨年任务请分年度写明阶段目标',
      en: 'All {count} tasks of this plan give only years as deadlines (e.g. “{deadline}”), which cannot be tracked month by month: give months or quarters such as {year}年6月底前, and yearly milestones for multi-year tasks',
    },
  },
  examples: {
    valid: [
      '三、整改内容\n整改项目1：规范文化市场管理。\n整改时限：2009年1月――2009年12月\n责任科室：文化市场稽查队',
      '二、重点任务\n1.建立信息报送制度，各成员单位每月10日前报送工作动态。\n完成时限：2018年至2020年',
      '二、重点任务\n1.建设基层群众文艺团队。2018年，全县基层群众文艺团队不少于20支。\n三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。7月1日前完成量不少于50%。',
    ],
    invalid: [
      {
        text: '三、整改内容\n整改项目7：规范文化市场管理。\n整改时限：2009年\n责任科室：文化市场稽查队',
        errors: [{ messageId: 'year', task: 1, data: { deadline: '2009年', year: '2009' } }],
      },
      {
        text: '三、整改内容\n整改项目6：申报第七批全国重点文物保护单位。\n整改时限：2009年7月――2012年10月底\n责任股室：文物管理所',
        errors: [{ messageId: 'span', task: 1, data: { deadline: '2009年7月――2012年10月底', months: 40, year: '2009' } }],
      },
      {
        text: '益资文旅广体发〔2020〕8号\n四、工作措施\n（四）制定措施。各乡镇要结合实际制定具体措施，6月底前切实落实措施与任务。',
        errors: [{ messageId: 'noYear', task: '6月底前切实落实', data: { deadline: '6月底前', source: '益资文旅广体发〔2020〕8号', year: '2020' } }],
      },
      {
        text: '附件\n任务分解表\n序号\t工作任务\t责任单位\t完成时间\n1\t建立领导小组工作机制。\t创建办\t2018年至2019年\n2\t细化公共文化设施用地。\t国土分局\t2019年\n3\t开展全民阅读活动。\t宣传办\t2018年至2020年',
        errors: [{ messageId: 'tableYears', task: '开展全民阅读活动', data: { count: 3, deadline: '2018年至2020年' } }],
      },
      {
        text: '二、重点任务\n1.建设图书馆。（完成时限：2019年）\n2.建设文化馆。（完成时限：2020年）\n3.建设博物馆。（完成时限：2018年至2020年）',
        errors: [{ messageId: 'planYears', task: 3, data: { count: 3, deadline: '2018年至2020年' } }],
      },
    ],
  },
  check({ doc, facts }, report) {
    const scheduled = doc.tasks.some((t) => facts.tasks.get(t.id)?.draft.phase && t.deadline?.end && t.deadline.precision !== 'year');
    const yearSource = yearSourceOf(doc, facts);
    const groups = new Map<string, { table: boolean; dated: number; yearly: number; coarse: Coarse[] }>();
    for (const task of doc.tasks) {
      const taskFacts = facts.tasks.get(task.id);
      const deadline = task.deadline;
      if (!taskFacts || taskFacts.schedule.sharedWith || !deadline || OTHER_RULES.some((f) => deadline.flags.includes(f))) continue;
      // A date with no year to read it in cannot be tracked at all: unclear-deadline reports it.
      if (!deadline.end) continue;
      const key = task.origin === 'table' ? `table ${taskFacts.draft.order}` : 'body';
      const group = groups.get(key) ?? { table: task.origin === 'table', dated: 0, yearly: 0, coarse: [] };
      groups.set(key, group);
      group.dated++;
      if (deadline.precision === 'year') group.yearly++;
      if (task.origin === 'body' && !taskFacts.draft.phase && scheduled) continue; // the 进度安排 phases time it
      const year = (deadline.start ?? deadline.end).slice(0, 4);
      if (deadline.flags.includes('yearInferred')) {
        if (yearSource) report({ messageId: 'noYear', task, data: { title: task.title, deadline: deadline.text, source: yearSource, year } });
        continue;
      }
      const months = deadline.start ? monthsSpanned(deadline.start, deadline.end) : 0;
      if (months > MAX_MONTHS && !hasMilestone(taskFacts.schedule.mentions, deadline)) group.coarse.push({ task, deadline, kind: 'span', months });
      else if (deadline.precision === 'year' && months <= MAX_MONTHS) group.coarse.push({ task, deadline, kind: 'year', months });
    }
    for (const group of groups.values()) {
      if (group.coarse.length >= SUMMARY_MIN && group.yearly === group.dated) {
        const widest = group.coarse.reduce((a, b) => (b.months > a.months ? b : a));
        const data = { count: group.yearly, deadline: widest.deadline.text, year: widest.deadline.end!.slice(0, 4) };
        report({ messageId: group.table ? 'tableYears' : 'planYears', task: widest.task, data });
        continue;
      }
      for (const { task, deadline, kind, months } of group.coarse) {
        const year = (kind === 'span' ? deadline.start! : deadline.end!).slice(0, 4);
        report(kind === 'span' ? { messageId: 'span', task, data: { title: task.title, deadline: deadline.text, months, year } } : { messageId: 'year', task, data: { title: task.title, deadline: deadline.text, year } });
      }
    }
  },
});

/** Deadlines other rules speak for: garbled, vague, masked, reversed, recurring. */
const OTHER_RULES = ['garbled', 'vague', 'ongoing', 'masked', 'reversed', 'recurring'] as const;

/** Where a yearless date takes its year from, when that is weaker than a 成文日期 (null: the year is certain or unknown). */
function yearSourceOf(doc: PlanDocument, facts: DocumentFacts): string | null {
  const { meta } = doc;
  if (meta.year === null || facts.dateSource === 'signature') return null;
  if (facts.dateSource === 'portal' && meta.date) return meta.date;
  return meta.docNumber ?? meta.title;
}

/** Calendar months from the start's month to the end's, both included: 2009-07-01..2012-10-31 → 40. */
function monthsSpanned(start: string, end: string): number {
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return month(end) - month(start) + 1;
}

/** A dated step inside the span ("2019年底前完成50%") or a reporting cadence ("每月10日前报送") breaks up a long task. */
function hasMilestone(mentions: readonly TimeMention[], deadline: Deadline): boolean {
  return mentions.some(
    (m) => m.kind === 'recurring' || (m.kind !== 'vague' && m.kind !== 'ongoing' && m.deadline.end !== null && m.deadline.end < deadline.end! && m.deadline.end >= (deadline.start ?? '')),
  );
}
