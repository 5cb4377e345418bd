import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_URL, starterConfig } from '../../src/cli/config.js';

const root = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'planlint.config.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ strict: false }).compile(schema);

/** schema/planlint.config.schema.json (generated, kept fresh by test/docs/rule-docs.test.ts) is what editors complete a config from. */
describe('the config’s JSON Schema', () => {
  it('is where `planlint init` points $schema, in the files the package ships', () => {
    expect(JSON.parse(starterConfig()).$schema).toBe(CONFIG_SCHEMA_URL);
    expect(CONFIG_SCHEMA_URL).toBe('./node_modules/planlint/schema/planlint.config.schema.json');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; files: string[] };
    expect(pkg.name).toBe('planlint');
    expect(pkg.files).toContain('schema');
  });

  it.each([
    ['the starter config', JSON.parse(starterConfig())],
    ['levels, "warn" and an empty options object', { rules: { 'missing-owner': 'warn', 'vague-owner': ['error', {}] } }],
    ['presets, a plugin and its rule', { extends: ['planlint:recommended', 'planlint:draft'], plugins: ['./rules.mjs'], rules: { 'acme/no-leader': ['warning', { min: 2 }] } }],
  ])('accepts %s', (_name, config) => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an option a rule does not take', { rules: { 'missing-owner': ['error', { bogus: 1 }] } }],
    ['a misspelt rule', { rules: { 'missing-ownr': 'error' } }],
    ['a level that is none', { rules: { 'missing-owner': 'warns' } }],
    ['an unknown key', { rule: {} }],
    ['an unknown preset', { extends: 'planlint:all' }],
  ])('refuses %s', (_name, config) => {
    expect(validate(config)).toBe(false);
  });

  it('describes each rule for the editor’s hover', () => {
    const rules = (schema.properties as Record<string, { properties: Record<string, { description: string }> }>).rules.properties;
    expect(rules['missing-owner'].description).toBe('任务无责任单位/责任人 — No owner on the task, its table row or its parent (default: error)');
  });
});
