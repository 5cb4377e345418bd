import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, rationaleOf, ruleDocPage } from '../../src/cli/rule-docs.js';
import { shortTitle } from '../support/short-title-rule.js';
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
  const source = '/**\n * Short titles say too little to be tracked: "建设*馆" is no task a 督查 office can check.\n */\nexport default defineRule({';

  it('spells out the options a rule takes, shows how each example is linted and what it gives, markup escaped', async () => {
    const page = await ruleDocPage(shortTitle, source);
    expect(page).toContain('Short titles say too little to be tracked: "建设\\*馆" is no task');
    expect(page).toContain('"min": {\n      "default": 6,\n      "type": "integer",\n      "exclusiveMinimum": 0,');
    expect(page).toContain('With the options `{"min":8}`:\n\n```text\n二、重点任务\n1.建设*馆。\n```\n\n- line 2, task T1, `short`:\n  任务“建设\\*馆”的标题少于8个字  \n  Task “建设\\*馆” has a title shorter than 8 characters\n');
  });
});
