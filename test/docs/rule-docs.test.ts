import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generatedDocs, rationaleOf, ruleDocPage } from '../../src/cli/rule-docs.js';
import { defineRule } from '../../src/rules/define.js';
import { RULES } from '../../src/rules/index.js';

const root = join(import.meta.dirname, '..', '..');

/** ESLint's check of its own rules: each has its file, its tests, its examples and its page, and no page outlives its rule. */
describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('is the default export of src/rules/<id>.ts, which says why it exists', async () => {
    expect((await import(/* @vite-ignore */ join(root, 'src', 'rules', `${id}.ts`))).default).toBe(rule);
    expect(rationaleOf(readFileSync(join(root, 'src', 'rules', `${id}.ts`), 'utf8')).length).toBeGreaterThan(80);
  });

  it('has a test file that runs it through the RuleTester', () => {
    const test = join(root, 'test', 'rules', `${id}.test.ts`);
    expect(existsSync(test), `test/rules/${id}.test.ts`).toBe(true);
    expect(readFileSync(test, 'utf8')).toContain('ruleTester.run(rule,');
  });

  it('has passing and failing examples', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it('has its page, docs/rules/<id>.md', () => {
    expect(existsSync(join(root, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
  });
});

describe('generated docs', () => {
  it('are up to date: run `npm run docs` after changing a rule or the config schema', async () => {
    for (const { path, text } of await generatedDocs(root)) expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
  });

  it('docs/rules holds a page per rule and nothing else', () => {
    expect(readdirSync(join(root, 'docs', 'rules')).sort()).toEqual(RULES.map((rule) => `${rule.id}.md`).sort());
  });
});

describe('a rule page', () => {
  const withOptions = defineRule({
    id: 'acme/short-title',
    severity: 'info',
    docs: { zh: '任务标题过短', en: 'A task title is too short' },
    messages: { short: { zh: '任务“{title}”标题过短', en: 'Task “{title}” has a short title' } },
    options: z.object({ min: z.number().int().positive().default(6) }).strict(),
    examples: {
      valid: ['二、重点任务\n1.建设乡镇综合文化站。'],
      invalid: [{ text: '二、重点任务\n1.建设*馆。', options: { min: 8 }, errors: [{ messageId: 'short', task: 1 }] }],
    },
    check({ doc, options }, report) {
      for (const task of doc.tasks) if ([...task.title].length < options.min) report({ messageId: 'short', task, data: { title: task.title } });
    },
  });
  const source = '/**\n * Short titles say too little to be tracked: "建设*馆" is no task a 督查 office can check.\n */\nexport default defineRule({';

  it('spells out the options a rule takes, shows how each example is linted and what it gives, markup escaped', async () => {
    const page = await ruleDocPage(withOptions, source);
    expect(page).toContain('Short titles say too little to be tracked: "建设\\*馆" is no task');
    expect(page).toContain('"min": {\n      "default": 6,\n      "type": "integer",\n      "exclusiveMinimum": 0,');
    expect(page).toContain('With the options `{"min":8}`:\n\n```text\n二、重点任务\n1.建设*馆。\n```\n\n- line 2, task T1, `short`:\n  任务“建设\\*馆”标题过短  \n  Task “建设\\*馆” has a short title\n');
  });
});
