import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../src/lint.js';
import { parseFile, type Parsed } from '../src/parse.js';
import { parseText } from './support/rule-tester.js';
import { shortTitle } from './support/short-title-rule.js';
import { FIXTURES, SEEDS } from './support/seeds.js';

const REDACTED = '二、整改措施\n整改项目1：规范文化市场管理。\n整改措施：加强执法检查。\n责任领导：*\n责任单位：县文化局';

/** The levels of one rule's findings, and whether the draft wording was used. */
async function levels(text: string, ruleId: string, options: LintOptions): Promise<string[]> {
  return lint(await parseText(text), { lang: 'en', ...options })
    .filter((d) => d.ruleId === ruleId)
    .map((d) => `${d.severity}${d.message.startsWith('In this draft') ? ' (draft)' : ''}`);
}

describe('a finding’s level is the one its rule is configured at', () => {
  it.each<[string, LintOptions, string]>([
    ['planlint:recommended', {}, 'warning'],
    ['--draft turns on planlint:draft', { draft: true }, 'error (draft)'],
    ['"draft": true in the config', { config: { draft: true } }, 'error (draft)'],
    ['a config that extends planlint:draft', { config: { extends: ['planlint:recommended', 'planlint:draft'] } }, 'error (draft)'],
    ['--rule redacted-owner=info', { overrides: { 'redacted-owner': 'info' } }, 'info'],
    ['--rule redacted-owner=info with --draft', { draft: true, overrides: { 'redacted-owner': 'info' } }, 'info (draft)'],
    ['the config’s level with --draft', { draft: true, config: { rules: { 'redacted-owner': 'warning' } } }, 'warning (draft)'],
    ['planlint:strict', { config: { extends: 'planlint:strict' } }, 'error'],
  ])('redacted-owner under %s', async (_name, options, level) => {
    expect(await levels(REDACTED, 'redacted-owner', options)).toEqual([level]);
  });

  describe('on the seeds, where a rule used to lower its own findings', () => {
    let seeds: Parsed[];
    beforeAll(async () => {
      seeds = await Promise.all(SEEDS.map((seed) => parseFile(join(FIXTURES, `${seed}.txt`))));
    });
    const levelsOf = (seed: number, ruleId: string, options: LintOptions = {}) =>
      lint(seeds[seed], options)
        .filter((d) => d.ruleId === ruleId)
        .map((d) => d.severity);

    it('003: merged cells split into rows are advice, another rule than a repeated number', () => {
      expect(levelsOf(3, 'merged-cell-split')).toEqual(['info', 'info']);
      expect(levelsOf(3, 'duplicate-task-number')).toEqual([]);
      expect(levelsOf(3, 'merged-cell-split', { overrides: { 'merged-cell-split': 'error' } })).toEqual(['error', 'error']);
    });

    it('002: a number used for two items is an error, or what the user sets', () => {
      expect(levelsOf(2, 'duplicate-task-number')).toEqual(['error']);
      expect(levelsOf(2, 'duplicate-task-number', { overrides: { 'duplicate-task-number': 'info' } })).toEqual(['info']);
    });

    it('001: a deadline before the portal’s publication date is advice, another rule than one before the 成文日期', () => {
      expect(levelsOf(1, 'deadline-before-publication')).toEqual(['info']);
      expect(levelsOf(1, 'deadline-before-issue-date')).toEqual([]);
      expect(levelsOf(1, 'deadline-before-publication', { config: { rules: { 'deadline-before-publication': 'warning' } } })).toEqual(['warning']);
    });
  });
});

const PLAN = '二、重点任务\n1.建设图书馆。（责任单位：县文化局；完成时限：2021年底前）\n2.建设乡镇综合文化站。（责任单位：县文化局；完成时限：2021年底前）';

describe('levels from a JavaScript caller, unchecked by the config schema', () => {
  it('reads "warn" as warning and refuses a level that is none', async () => {
    const plan = await parseText('二、重点任务\n1.建设图书馆。');
    const config = (level: string) => ({ config: { rules: { 'missing-owner': level } } }) as unknown as LintOptions;
    expect(lint(plan, config('warn')).find((d) => d.ruleId === 'missing-owner')?.severity).toBe('warning');
    expect(() => lint(plan, config('eror'))).toThrow('rules.missing-owner: no level "eror" (off, info, warning, error)');
  });
});

describe('options as a rule’s schema has them', () => {
  it('a rule without a schema takes no options: the key is named', async () => {
    const options = { config: { rules: { 'missing-owner': ['error', { bogus: 1 }] as ['error', Record<string, unknown>] } } };
    expect(() => lint({} as Parsed, { ...options, lang: 'en' })).toThrow('rules.missing-owner: no option "bogus" (this rule’s options: none)');
  });

  it('a rule’s options reach it parsed, defaults filled in', async () => {
    const plan = await parseText(PLAN);
    expect(lint(plan, { rules: [shortTitle], lang: 'en' }).filter((d) => d.ruleId === 'acme/short-title').map((d) => d.taskId)).toEqual(['T1']);
    const longer = lint(plan, { rules: [shortTitle], config: { rules: { 'acme/short-title': ['error', { min: 20 }] } } });
    expect(longer.filter((d) => d.ruleId === 'acme/short-title').map((d) => [d.taskId, d.severity])).toEqual([
      ['T1', 'error'],
      ['T2', 'error'],
    ]);
  });

  it('options the schema does not name, or of the wrong kind, are refused', () => {
    const config = (options: Record<string, unknown>) => ({ rules: [shortTitle], lang: 'en' as const, config: { rules: { 'acme/short-title': ['warning', options] as ['warning', Record<string, unknown>] } } });
    expect(() => lint({} as Parsed, config({ minimum: 3 }))).toThrow('rules.acme/short-title: no option "minimum" (this rule’s options: "min")');
    expect(() => lint({} as Parsed, config({ min: 'three' }))).toThrow(/^rules\.acme\/short-title: bad options: min: /);
  });
});

describe('the user’s own rules', () => {
  it('run beside the built-in rules, and a directive can silence them', async () => {
    const plan = await parseText(PLAN.replace('\n1.', '\nplanlint-disable-next-line acme/short-title\n1.'));
    const found = lint(plan, { rules: [shortTitle], config: { rules: { 'acme/short-title': ['warning', { min: 20 }] } } });
    expect(found.filter((d) => d.ruleId === 'acme/short-title').map((d) => d.loc?.line)).toEqual([4]);
    expect(found.filter((d) => d.ruleId === 'unknown-rule-in-directive')).toEqual([]);
  });

  it('are refused with a built-in-looking id, twice over, or incomplete', () => {
    const parsed = {} as Parsed;
    expect(() => lint(parsed, { rules: [{ ...shortTitle, id: 'short-title' }] })).toThrow('rules: rule short-title: its id must be namespace/name');
    expect(() => lint(parsed, { rules: [shortTitle, shortTitle] })).toThrow('rules: rule acme/short-title is defined twice');
    expect(() => lint(parsed, { rules: [{ ...shortTitle, check: undefined } as never] })).toThrow('rules: rule acme/short-title: it has no check function');
    expect(() => lint(parsed, { rules: [{ ...shortTitle, messages: { short: { zh: '短' } } } as never] })).toThrow('each of its messages needs zh and en text');
  });

  it('can be turned off, and one nobody defines cannot be configured', async () => {
    const plan = await parseText(PLAN);
    expect(lint(plan, { rules: [shortTitle], overrides: { 'acme/short-title': 'off' } }).filter((d) => d.ruleId === 'acme/short-title')).toEqual([]);
    expect(() => lint(plan, { overrides: { 'acme/short-title': 'error' } })).toThrow('rules.acme/short-title: unknown rule');
  });
});
