import { defineRule } from './define.js';

/**
 * A supervision office tracks dates, not intentions. A 完成时限 field that says
 * "尽快" or "长期坚持", a 整改时限 whose end is masked ("2009年1月*"), a range
 * whose start lost its month ("2009年――2009年9月"), and a task whose only time
 * is a vague word in its main clause ("尽快建成…") cannot be checked off.
 * Vague words further on in the text describe how the work is done ("适时调整
 * 标准", "及时报送") and pass when the task has a date; so do reactive words.
 */
export default defineRule({
  id: 'unclear-deadline',
  severity: 'warning',
  docs: { zh: '时限用模糊词，或部分被遮盖、缺失', en: 'The deadline is a vague time word, or part of it is masked or lost' },
  messages: {
    vague: {
      zh: '任务“{title}”的完成时限写的是“{deadline}”，不是具体日期，督查时无法判断是否按期：请写明截止日期，如“2021年6月底前”；常态化工作请写明检查节点，如“每季度末前报送进展”',
      en: 'Task “{title}” has the deadline “{deadline}”, which is not a date, so nobody can tell whether it is late: give a date such as 2021年6月底前, or for a standing duty a checkpoint such as 每季度末前报送进展',
    },
    unreadable: {
      zh: '任务“{title}”的完成时限“{deadline}”读不出日期：请写成“2021年6月底前”这样的年月日',
      en: 'Task “{title}”’s deadline “{deadline}” cannot be read as a date: write it as year, month and day, e.g. 2021年6月底前',
    },
    masked: {
      zh: '任务“{title}”的完成时限“{deadline}”有一部分被遮盖，截止时间读不出来：请补全截止的年、月、日',
      en: 'Part of task “{title}”’s deadline “{deadline}” is masked, so its end cannot be read: write the full end date',
    },
    startLost: {
      zh: '任务“{title}”的时限“{deadline}”起始只写了年份，月份似乎漏写：请补全起始月份，写成“××××年××月—××××年××月”',
      en: 'Task “{title}”’s period “{deadline}” starts with a bare year, as if the month was lost: add the start month, as in 2009年3月—2009年9月',
    },
    noYear: {
      zh: '任务“{title}”的时限“{deadline}”没有写年份，文件也没有成文日期或文号可以推定年份，截止时间无法确定：请写明年份，如“××××年{deadline}”',
      en: 'Task “{title}”’s deadline “{deadline}” has no year, and the document has no date or number to take one from, so its end cannot be known: write the year, e.g. ××××年{deadline}',
    },
    vagueClause: {
      zh: '任务“{title}”只用“{word}”表示时间，没有具体时限：请写明完成日期，如“完成时限：2021年6月底前”',
      en: 'Task “{title}” says only “{word}” about time and has no deadline: give a date, e.g. 完成时限：2021年6月底前',
    },
  },
  examples: {
    valid: [
      '二、重点任务\n1.完善文化市场监管机制。\n完成时限：2019年6月底前\n责任单位：县文化局',
      '二、重点任务\n1.建立公共文化服务标准动态调整机制，适时调整完善相关标准和衡量指标。（责任单位：文化站；完成时限：2019年12月底前）',
      '二、重点任务\n1.建立信息报送制度，及时报送工作进展情况。\n完成时限：2019年3月底前',
    ],
    invalid: [
      { text: '二、重点任务\n1.建立文化志愿服务长效机制。\n完成时限：长期坚持\n责任单位：县文化馆', errors: [{ messageId: 'vague', task: 1, data: { deadline: '长期坚持' } }] },
      { text: '三、整改内容\n整改项目3：积极争取资金建设乡镇综合文化站。\n整改时限：2009年1月*\n责任股室：*', errors: [{ messageId: 'masked', task: 1, data: { deadline: '2009年1月*' } }] },
      { text: '三、整改内容\n整改项目6：积极组织和参与新农村文艺调演。\n整改时限：2009年――2009年9月\n责任股室：群文股', errors: [{ messageId: 'startLost', task: 1, data: { deadline: '2009年――2009年9月' } }] },
      { text: '二、重点任务\n1.尽快完成村级综合文化服务中心改造。（责任单位：文化站）', errors: [{ messageId: 'vagueClause', task: 1, data: { word: '尽快' } }] },
      { text: '二、重点任务\n1.完成文化站改造。\n完成时限：按上级要求', errors: [{ messageId: 'unreadable', task: 1, data: { deadline: '按上级要求' } }] },
      { text: '二、重点任务\n1.完成文化站改造。\n完成时限：6月底前', errors: [{ messageId: 'noYear', task: 1, data: { deadline: '6月底前' } }] },
    ],
  },
  check({ doc, facts }, report) {
    const byId = new Map(doc.tasks.map((t) => [t.id, t]));
    const scheduled = doc.tasks.some((t) => facts.tasks.get(t.id)?.draft.phase && t.deadline?.end);
    for (const task of doc.tasks) {
      const schedule = facts.tasks.get(task.id)?.schedule;
      if (!schedule || schedule.sharedWith) continue;
      const deadline = task.deadline;
      const data = { title: task.title, deadline: deadline?.text ?? '' };
      if (deadline) {
        const { flags, start, end } = deadline;
        if (flags.includes('vague') || flags.includes('ongoing')) report({ messageId: schedule.reading ? 'vague' : 'unreadable', task, data });
        else if (!end && !start && flags.includes('yearInferred')) report({ messageId: 'noYear', task, data });
        else if (flags.includes('masked')) report({ messageId: 'masked', task, data });
        else if (schedule.reading?.range?.startPrecision === 'year' && deadline.precision !== 'year' && start && end && start.slice(0, 4) === end.slice(0, 4))
          report({ messageId: 'startLost', task, data });
        continue;
      }
      // No date at all: a vague word is the whole schedule (in the main clause or further on), unless a
      // restating row or the 进度安排 phases date the task.
      const word = schedule.mainClauseVague[0] ?? schedule.vague[0];
      const restated = (facts.restatedBy.get(task.id) ?? []).some((id) => byId.get(id)?.deadline);
      if (word && !restated && !(task.origin === 'body' && scheduled)) report({ messageId: 'vagueClause', task, data: { title: task.title, word: word.text } });
    }
  },
});
