import { describe, expect, it } from 'vitest';
import { lintSettings } from '../../src/lint.js';
import { parseBytes } from '../../src/parse.js';
import { lintExtracted } from '../../src/rules/engine.js';

/** Issue 9: a disable comment naming a rule that does not exist says so, and silences only the rules that do. */

/** Line 5 holds the directive; the task on line 6 names no owner, the one on line 8 only a vague one. */
const plan = (directive: string) => `某县文化设施建设工作方案

一、重点任务

${directive}
（一）建成村级综合文化服务中心，完成时限：2021年6月底前。

（二）开展文化下乡演出。
责任单位：各成员单位
完成时限：2021年12月底前
`;

async function findings(directive: string, reportUnused = false): Promise<Array<[string, number | undefined]>> {
  const parsed = await parseBytes(Buffer.from(plan(directive)), 'plan.txt');
  const settings = lintSettings({ lang: 'en', asOf: '2021-04-01', reportUnusedDisableDirectives: reportUnused });
  return lintExtracted(parsed, settings).map((d) => [d.ruleId, d.loc?.line]);
}

describe('disable directives naming rules', () => {
  it('a misspelt id is reported as unknown (always), and the task it meant is still reported', async () => {
    expect(await findings('planlint-disable-next-line missing-ownr')).toEqual([
      ['unknown-rule-in-directive', 5],
      ['missing-owner', 6],
      ['vague-owner', 8],
    ]);
  });

  it('a directive naming only unknown rules does not silence every rule', async () => {
    expect(await findings('planlint-disable no-such-rule')).toEqual([
      ['unknown-rule-in-directive', 5],
      ['missing-owner', 6],
      ['vague-owner', 8],
    ]);
  });

  it('the rules that exist are still silenced; unknown ones are not also called unused', async () => {
    expect(await findings('planlint-disable missing-owner, vage-owner', true)).toEqual([
      ['unknown-rule-in-directive', 5],
      ['vague-owner', 8],
    ]);
    expect(await findings('planlint-disable missing-owner vague-owner', true)).toEqual([]);
  });
});
