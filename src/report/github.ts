import type { Severity } from '../model/diagnostic.js';
import { wholeReport, type StreamFormatter } from './context.js';
import { describeFileError } from '../i18n/translate.js';
import { printable, printableLine } from '../text/controls.js';
import { relativeUri } from './paths.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: one annotation per finding, shown on the file in the pull request. */
export const githubReport: StreamFormatter = (context) => ({
  head: () => '',
  document(doc) {
    const lines: string[] = [];
    const file = escapeProperty(printableLine(relativeUri(doc.file, context.cwd)));
    for (const e of doc.errors) lines.push(`::error file=${file},title=${escapeProperty('planlint')}::${escapeData(describeFileError(e, context.lang))}`);
    for (const d of doc.diagnostics) {
      const position = d.loc?.line !== undefined ? `,line=${d.loc.line}${d.loc.column ? `,col=${d.loc.column}` : ''}` : '';
      lines.push(`::${COMMAND[d.severity]} file=${file}${position},title=${escapeProperty(`planlint ${d.ruleId}`)}::${escapeData(d.message)}`);
    }
    return lines.map((line) => `${line}\n`).join('');
  },
  end: () => '',
});

export const github = wholeReport(githubReport);

/** The escaping the Actions runner expects (toolkit/core command.ts), after document text is made printable. */
function escapeData(text: string): string {
  return printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
