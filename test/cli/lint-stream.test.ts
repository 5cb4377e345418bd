import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalWidth } from '../../src/cli/terminal.js';
import { lintSettings } from '../../src/lint.js';
import { PlanReport, type PlanDocument, type Summary } from '../../src/model/plan.js';
import type { Formatter, ReportContext } from '../../src/report/context.js';
import { github } from '../../src/report/github.js';
import { json, jsonWithTasks } from '../../src/report/json.js';
import { junit } from '../../src/report/junit.js';
import { sarif } from '../../src/report/sarif.js';
import { stylish } from '../../src/report/stylish.js';
import { ROOT, lintInProcess, removeWorkspace, workspace } from '../support/cli.js';
import { SEEDS } from '../support/seeds.js';

/**
 * Issue 13: `lint` writes its report as the files are done and keeps none of
 * their documents. What it streams, to stdout and to -o, must be the report
 * the whole-batch formatter gives for the same documents, byte for byte.
 */

const FORMATTERS: ReadonlyArray<[string, Formatter, string[]]> = [
  ['stylish', stylish, []],
  ['json', json, []],
  ['json', jsonWithTasks, ['--with-tasks']],
  ['sarif', sarif, []],
  ['github', github, []],
  ['junit', junit, []],
];

let dir: string;
beforeAll(() => {
  // A file that cannot be read: its error goes into every report.
  dir = workspace({ 'empty.txt': '' });
});
afterAll(() => removeWorkspace(dir));

const RULES = [...lintSettings({ lang: 'zh' }).rules.values()].map((selection) => selection.rule);

/** The documents of a run, as `lint --format json --with-tasks` gives them, checked against the schema. */
async function documentsOf(inputs: readonly string[], quiet: boolean) {
  const run = await lintInProcess(['--lang', 'zh', '--format', 'json', '--with-tasks', ...(quiet ? ['--quiet'] : []), ...inputs]);
  // Joined pieces that were written in a different layout than one JSON.stringify would not compare equal.
  expect(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`).toBe(run.stdout);
  const report = PlanReport.parse(JSON.parse(run.stdout));
  return { documents: report.documents as PlanDocument[], summary: report.summary };
}

function hiddenBy(quietSummary: Summary, full: Summary) {
  return { warnings: full.warnings - quietSummary.warnings, infos: full.infos - quietSummary.infos };
}

async function expectStreamedAsWhole(inputs: readonly string[]) {
  const full = await documentsOf(inputs, false);
  const quiet = await documentsOf(inputs, true);
  expect(full.summary.documents).toBe(inputs.length);
  for (const asked of [full, quiet]) {
    const isQuiet = asked === quiet;
    const context: ReportContext = {
      lang: 'zh',
      color: false,
      cwd: ROOT,
      rules: RULES,
      width: terminalWidth({ isTTY: false }, {}),
      hidden: isQuiet ? hiddenBy(quiet.summary, full.summary) : { warnings: 0, infos: 0 },
      unmatched: 0,
      summary: asked.summary,
    };
    for (const [format, formatter, extra] of FORMATTERS) {
      const args = ['--lang', 'zh', '--format', format, ...extra, ...(isQuiet ? ['--quiet'] : []), ...inputs];
      const whole = formatter(asked.documents, context);
      const piped = await lintInProcess(args);
      expect(piped.stdout, `${format} ${extra.join(' ')} to stdout`).toBe(whole);
      const output = join(dir, `report-${format}.out`);
      const written = await lintInProcess([...args, '-o', output]);
      expect(written.code).toBe(piped.code);
      expect(readFileSync(output, 'utf8'), `${format} ${extra.join(' ')} to -o`).toBe(whole);
    }
  }
}

describe('streamed lint reports are the whole-batch reports', () => {
  it.each([`fixtures/${SEEDS[1]}.txt`, `fixtures/${SEEDS[4]}.txt`, 'fixtures/formats/004.md', 'fixtures/formats/003.docx'])('one file: %s', async (input) => {
    await expectStreamedAsWhole([input]);
  });

  it('a batch on the pool: seeds, every format but .doc, and a file that cannot be read', async () => {
    const formats = ['001-gb18030.txt', '002-big5.txt', '003.csv', '003.docx', '003.md', '003.xlsx', '004-utf16le.txt', '004.md'];
    const inputs = [...SEEDS.map((seed) => `fixtures/${seed}.txt`), ...formats.map((name) => `fixtures/formats/${name}`), join(dir, 'empty.txt')];
    await expectStreamedAsWhole(inputs);
  });
});
