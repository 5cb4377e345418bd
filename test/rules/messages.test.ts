import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/format.js';
import type { AnyRule } from '../../src/rules/define.js';
import { RULES } from '../../src/rules/index.js';
import { findingsOf, parseText } from '../support/rule-tester.js';

/**
 * The message catalogue, once per language: every message of every rule is
 * worded by one of the rule's own examples, in zh and in en, with every
 * placeholder filled. Rule tests check message ids and data, not sentences.
 */
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

async function exampleFindings(rule: AnyRule) {
  const found = [];
  for (const example of rule.examples.invalid) found.push(...findingsOf(rule, await parseText(example.text, example.file), example));
  return found;
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('describes itself in zh and en', () => {
    expect(rule.docs.zh).toMatch(/\p{Script=Han}/u);
    expect(rule.docs.en).toMatch(/^[A-Z]/);
  });

  it.each(Object.entries(rule.messages))('%s has the same placeholders in zh and en', (_messageId, message) => {
    expect(message.zh).toMatch(/\p{Script=Han}/u);
    expect(placeholders(message.zh)).toEqual(placeholders(message.en));
  });

  it.each(Object.keys(rule.messages))('%s is worded by an example in both languages, every placeholder filled', async (messageId) => {
    const found = (await exampleFindings(rule)).filter((f) => f.messageId === messageId);
    expect(found.length, `no example of ${rule.id} shows ${messageId}`).toBeGreaterThan(0);
    for (const finding of found) {
      for (const lang of ['zh', 'en'] as const) {
        const worded = formatMessage(rule.messages[messageId], lang, finding.data);
        expect(worded).not.toMatch(/\{\w+\}/);
        for (const key of placeholders(rule.messages[messageId][lang])) expect(worded).toContain(String(finding.data![key]));
      }
    }
  });
});
