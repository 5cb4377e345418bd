import { z } from 'zod';
import { defineRule } from '../../src/rules/define.js';

/** A rule of a user's own, with options: the tasks whose title is shorter than `min` characters. */
export const shortTitle = defineRule({
  id: 'acme/short-title',
  severity: 'warning',
  docs: { zh: '任务标题过短', en: 'A task title is too short' },
  messages: { short: { zh: '任务“{title}”的标题少于{min}个字', en: 'Task “{title}” has a title shorter than {min} characters' } },
  options: z.object({ min: z.number().int().positive().default(6) }).strict(),
  examples: {
    valid: ['二、重点任务\n1.建设乡镇综合文化站。'],
    invalid: [{ text: '二、重点任务\n1.建设*馆。', options: { min: 8 }, errors: [{ messageId: 'short', task: 1, data: { min: 8 } }] }],
  },
  check({ doc, options }, report) {
    for (const task of doc.tasks) if ([...task.title].length < options.min) report({ messageId: 'short', task, data: { title: task.title, min: options.min } });
  },
});
