import { beforeAll, describe, expect, it } from 'vitest';
import type { Parsed } from '../../src/parse.js';
import { defineRule } from '../../src/rules/define.js';
import { expectFindings, parseText, ruleTester } from './rule-tester.js';
import { shortTitle } from './short-title-rule.js';

/** The RuleTester fails a rule that finds more, less or otherwise than its cases say. */
const everyTask = (times: number, data: (title: string) => Record<string, string> = (title) => ({ title })) =>
  defineRule({
    id: 'test/every-task',
    severity: 'warning',
    docs: { zh: '每项任务', en: 'Every task' },
    messages: { seen: { zh: '任务“{title}”', en: 'Task “{title}”' } },
    examples: { valid: [], invalid: [] },
    check({ doc }, report) {
      for (const task of doc.tasks) for (let k = 0; k < times; k++) report({ messageId: 'seen', task, data: data(task.title) });
    },
  });

let plan: Parsed;
beforeAll(async () => {
  plan = await parseText('二、重点任务\n1.建设图书馆。\n2.建设文化馆。');
});

describe('expectFindings', () => {
  it('passes the exact findings, by task number, phrase or line', () => {
    expectFindings(everyTask(1), plan, [
      { messageId: 'seen', task: 1, data: { title: '建设图书馆' } },
      { messageId: 'seen', task: '建设文化馆', line: 3 },
    ]);
  });

  it('fails a rule that starts reporting twice', () => {
    expect(() => expectFindings(everyTask(2), plan, [{ messageId: 'seen', task: 1 }, { messageId: 'seen', task: 2 }])).toThrow(/findings/);
  });

  it('fails a finding missing, on another task or line, or with other data', () => {
    expect(() => expectFindings(everyTask(1), plan, [{ messageId: 'seen', task: 1 }])).toThrow(/findings/);
    expect(() => expectFindings(everyTask(1), plan, [{ messageId: 'seen', task: 2 }, { messageId: 'seen', task: 1 }])).toThrow(/findings/);
    expect(() => expectFindings(everyTask(1), plan, [{ messageId: 'seen', line: 2 }, { messageId: 'seen', line: 2 }])).toThrow(/findings/);
    expect(() => expectFindings(everyTask(1), plan, [{ messageId: 'seen', task: 1, data: { title: '建设' } }, { messageId: 'seen', task: 2 }])).toThrow(/findings/);
  });

  it('fails a finding whose message keeps a placeholder', () => {
    expect(() => expectFindings(everyTask(1, () => ({})), plan, [{ messageId: 'seen', task: 1 }, { messageId: 'seen', task: 2 }])).toThrow(/every-task\.seen \(zh\)/);
  });

  it('refuses an expected finding that says neither task nor line, or names a phrase two tasks share', () => {
    expect(() => expectFindings(everyTask(1), plan, [{ messageId: 'seen' }, { messageId: 'seen', task: 2 }])).toThrow('say on which task or line');
    expect(() => expectFindings(everyTask(1), plan, [{ messageId: 'seen', task: '建设' }, { messageId: 'seen', task: 2 }])).toThrow('“建设” is in 2 tasks');
  });
});

/** A case's options reach the rule: min 8 makes 建设*馆 short, the default 6 lets 建设乡镇综合文化站 pass. */
ruleTester.run(shortTitle, shortTitle.examples);
