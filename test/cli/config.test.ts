import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig, parseRuleOverrides } from '../../src/cli/config.js';
import { lint } from '../../src/lint.js';
import { pluginModule } from '../support/plugin-module.js';
import { parseText } from '../support/rule-tester.js';

/** Issue 9: rule options a rule does not take are refused; "warn", ESLint's name for the level, is a warning. */

describe('parseConfig', () => {
  it('reads "warn" as "warning", alone and with options', async () => {
    const config = await parseConfig('{ "rules": { "missing-owner": "warn", "vague-owner": ["warn", {}] } }', 'planlint.config.json', false);
    expect(config?.config.rules).toEqual({ 'missing-owner': 'warning', 'vague-owner': ['warning', {}] });
  });

  it('refuses options the rule does not take, naming them, in the language asked for', async () => {
    const text = '{ "rules": { "missing-owner": ["error", { "ignoreUnits": true, "level": 2 }] } }';
    await expect(parseConfig(text, 'planlint.config.json', false)).rejects.toMatchObject({
      file: 'planlint.config.json',
      message: 'rules.missing-owner: no option "ignoreUnits", "level" (this rule’s options: none)',
    });
    await expect(parseConfig(text, 'planlint.config.json', false, 'zh')).rejects.toThrow('rules.missing-owner：没有选项 "ignoreUnits", "level"（此规则的选项：无）');
  });

  it('still refuses a level that is no level', async () => {
    await expect(parseConfig('{ "rules": { "missing-owner": "warns" } }', 'p.json', false)).rejects.toThrow(
      'rules.missing-owner: expected one of off, info, warning, error (warn = warning), or [level, {options}]',
    );
  });
});

describe('parseRuleOverrides', () => {
  it('reads id=warn as a warning', () => {
    expect({ ...parseRuleOverrides(['missing-owner=warn', 'vague-owner=error']) }).toEqual({ 'missing-owner': 'warning', 'vague-owner': 'error' });
  });
});

describe('plugins', () => {
  let dir: string;
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'planlint-plugins-'));
    mkdirSync(join(dir, 'rules'));
    mkdirSync(join(dir, 'sub'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are modules named relative to the config file, whose rules the config sets and lint runs', async () => {
    write({ 'rules/acme.mjs': pluginModule(), 'planlint.config.json': JSON.stringify({ plugins: ['./rules/acme.mjs'], rules: { 'acme/has-task': 'error' } }) });
    const { config, plugins } = await loadConfig(join(dir, 'sub'));
    expect(plugins.map((rule) => rule.id)).toEqual(['acme/has-task']);
    expect(config.plugins).toEqual([join(dir, 'rules', 'acme.mjs')]);
    const found = lint(await parseText('二、重点任务\n1.建设图书馆。（责任单位：县文化局）'), { config, rules: plugins, lang: 'en' });
    expect(found.filter((d) => d.ruleId === 'acme/has-task')).toEqual([{ ruleId: 'acme/has-task', severity: 'error', message: 'Task “建设图书馆”', taskId: 'T1', loc: { line: 2, column: 1 } }]);
  });

  it('may export their rules as a default export', async () => {
    write({ 'default.mjs': pluginModule({ exportAs: 'default' }) });
    const loaded = await parseConfig('{ "plugins": ["./default.mjs"] }', join(dir, 'planlint.config.json'), false);
    expect(loaded?.plugins.map((rule) => rule.id)).toEqual(['acme/has-task']);
  });

  it.each([
    ['a name that is no path', '{ "plugins": ["acme-rules"] }', 'plugins[0]: "acme-rules" is no path; name the module relative to this file, e.g. "./my-rules.mjs"'],
    ['a module that is not there', '{ "plugins": ["./missing.mjs"] }', /^plugins\[0\]: cannot load \.\/missing\.mjs: /],
    ['a module without rules', '{ "plugins": ["./empty.mjs"] }', 'plugins[0]: ./empty.mjs exports no `rules` array'],
    ['a rule without a namespace', '{ "plugins": ["./bare.mjs"] }', 'plugins[0]: ./bare.mjs: rule has-task: its id must be namespace/name'],
    ['the same rule from two plugins', '{ "plugins": ["./rules/acme.mjs", "./default.mjs"] }', 'plugins[1]: ./default.mjs: rule acme/has-task is defined twice'],
    ['a plugin rule with no plugin named', '{ "rules": { "acme/has-task": "error" } }', 'rules.acme/has-task: unknown rule (see `planlint rules`; a plugin rule needs its plugin in "plugins")'],
  ])('are refused, naming the config and the key: %s', async (_name, text, message) => {
    write({ 'empty.mjs': 'export const other = 1;\n', 'bare.mjs': pluginModule({ id: 'has-task' }) });
    const file = join(dir, 'planlint.config.json');
    await expect(parseConfig(text, file, false)).rejects.toMatchObject({ file, message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });
  });
});

describe('parseRuleOverrides for a plugin’s rule', () => {
  it('leaves a namespace/name id for the loaded plugins to answer', () => {
    expect({ ...parseRuleOverrides(['acme/has-task=off']) }).toEqual({ 'acme/has-task': 'off' });
    expect(() => parseRuleOverrides(['no-leader=off'])).toThrow('--rule no-leader: unknown rule');
  });
});
