import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runRuleOnText } from '../support/run-rule.js';

/** Every rule's own examples (STYLE.md: the rule file is its documentation and its test). */
async function findings(ruleId: string, text: string) {
  return (await runRuleOnText(ruleId, text)).found;
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has docs and messages in both languages', () => {
    expect(rule.docs.zh.length).toBeGreaterThan(0);
    expect(rule.docs.en.length).toBeGreaterThan(0);
    for (const message of Object.values(rule.messages)) {
      expect(message.zh).toMatch(/\p{Script=Han}/u);
      expect(message.en.length).toBeGreaterThan(10);
      expect([...message.zh.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()).toEqual([...message.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    }
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((text) => [text]))('passes: %s', async (text) => {
    expect(await findings(id, text)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((example) => [example.text, example.count ?? 1]))('fires: %s', async (text, count) => {
    const found = await findings(id, text);
    expect(found.length).toBeGreaterThanOrEqual(count);
    for (const d of found) {
      expect(d.ruleId).toBe(id);
      expect(d.message).not.toMatch(/\{\w+\}/);
    }
  });
});
