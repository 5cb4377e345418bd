import { formatLocation } from '../model/format-location.js';
import type { PlanDocument } from '../model/plan.js';
import { joiner, wholeReport, type StreamFormatter } from './context.js';
import { describeFileError } from '../i18n/translate.js';
import { printable } from '../text/controls.js';
import { relativeUri } from './paths.js';

/** JUnit XML for CI test dashboards: a suite per file, a failing case per finding, a passing case for a clean file. */
export const junitReport: StreamFormatter = (context) => {
  const suites = joiner('\n');
  const suite = (doc: PlanDocument) => {
    const file = relativeUri(doc.file, context.cwd);
    const cases = doc.diagnostics.map((d) => {
      const where = formatLocation(d.loc);
      return `    <testcase classname="${xml(file)}" name="${xml(`${d.ruleId}${where ? ` ${where}` : ''}`)}">\n      <failure type="${d.severity}" message="${xml(d.message)}">${xml(`${where} ${d.message} (${d.ruleId})`.trim())}</failure>\n    </testcase>`;
    });
    for (const e of doc.errors) cases.push(`    <testcase classname="${xml(file)}" name="read"><error type="${e.code}" message="${xml(describeFileError(e, context.lang))}"/></testcase>`);
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(file)}" name="planlint"/>`);
    const failures = doc.diagnostics.length;
    return `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failures}" errors="${doc.errors.length}">\n${cases.join('\n')}\n  </testsuite>`;
  };
  return {
    head: () => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="planlint">\n`,
    document: (doc) => suites([suite(doc)]),
    end: () => '\n</testsuites>\n',
  };
};

export const junit = wholeReport(junitReport);

/** Printable (no escape sequence reaches a dashboard or a log), then XML-escaped; XML 1.0 holds no other control character. */
function xml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
