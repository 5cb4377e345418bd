import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { formatLocation } from '../model/format-location.js';
import type { PlanDocument } from '../model/plan.js';
import { formatMessage } from '../i18n/format.js';
import { describeFileError } from '../i18n/translate.js';
import { VERSION } from '../version.js';
import { wholeReport, type ReportContext, type StreamFormatter } from './context.js';
import { relativeUri } from './paths.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for code-scanning dashboards: rules with help text, stable
 * ruleIds, relative URIs under %SRCROOT%, and fingerprints that survive
 * lines moving (rule, file and message, not the line).
 */
export const sarifReport: StreamFormatter = (context) => {
  const rules = context.rules.map((rule) => ({
    id: rule.id,
    name: camel(rule.id),
    shortDescription: { text: formatMessage(rule.docs, context.lang) },
    fullDescription: { text: `${rule.docs.zh} — ${rule.docs.en}` },
    help: { text: helpText(rule.id, context), markdown: helpText(rule.id, context) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['planlint'] },
  }));
  const index = new Map(rules.map((r, k) => [r.id, k]));
  // The log names the files that could not be read before its results: the results wait, as JSON text (far smaller than their documents).
  const results: string[] = [];
  const notifications: object[] = [];
  const document = (doc: PlanDocument) => {
    for (const d of doc.diagnostics) results.push(RESULT_INDENT + JSON.stringify(result(doc, d, index, context), null, 2).replace(/\n/g, `\n${RESULT_INDENT}`));
    for (const e of doc.errors)
      notifications.push({
        level: 'error',
        message: { text: `${relativeUri(doc.file, context.cwd)}: ${describeFileError(e, context.lang)}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(doc.file, context.cwd), uriBaseId: '%SRCROOT%' } } }],
      });
    return '';
  };
  const end = () => {
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'planlint', version: VERSION, semanticVersion: VERSION, informationUri: 'https://www.npmjs.com/package/planlint', rules } },
          originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
          invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
          results: [],
        },
      ],
    };
    // `results` is the last key of the run, and the run the last of the log: the results go in just before the closing brackets.
    const text = JSON.stringify(log, null, 2);
    const at = text.lastIndexOf(NO_RESULTS);
    const list = results.length === 0 ? '[]' : `[\n${results.join(',\n')}\n${RESULT_INDENT.slice(2)}]`;
    return `${text.slice(0, at)}"results": ${list}${text.slice(at + NO_RESULTS.length)}\n`;
  };
  return { head: () => '', document, end };
};

export const sarif = wholeReport(sarifReport);

/** Where a result stands in the log: log → runs → run → results → result, two spaces a level. */
const RESULT_INDENT = ' '.repeat(8);
const NO_RESULTS = '"results": []';

/**
 * A relative URI reference (RFC 3986), as SARIF requires: file names of plans
 * are mostly Chinese and may hold spaces, so each path segment is percent-encoded.
 */
function sarifUri(file: string, cwd: string): string {
  return relativeUri(file, cwd).split('/').map(encodeURIComponent).join('/');
}

function result(doc: PlanDocument, d: Diagnostic, index: ReadonlyMap<string, number>, context: ReportContext) {
  const uri = sarifUri(doc.file, context.cwd);
  const where = d.loc && d.loc.line === undefined ? formatLocation(d.loc) : '';
  const region = d.loc?.line !== undefined ? { region: { startLine: d.loc.line, ...(d.loc.column ? { startColumn: d.loc.column } : {}) } } : {};
  return {
    ruleId: d.ruleId,
    ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
    level: LEVEL[d.severity],
    message: { text: where ? `${d.message} (${where})` : d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...region } }],
    partialFingerprints: { 'planlintFingerprint/v1': fingerprint(d, uri, doc) },
  };
}

/** node:crypto loads on the first fingerprint: the other reports, which share this module's chunk, never need it. */
let crypto: typeof import('node:crypto') | null = null;

function fingerprint(d: Diagnostic, uri: string, doc: PlanDocument): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const { createHash } = crypto;
  const task = d.taskId ? doc.tasks.find((t) => t.id === d.taskId) : undefined;
  return createHash('sha256').update(`${d.ruleId}\u0000${uri}\u0000${task?.text ?? ''}\u0000${d.message}`).digest('hex').slice(0, 32);
}

function helpText(ruleId: string, context: ReportContext): string {
  const rule = context.rules.find((r) => r.id === ruleId)!;
  return `${rule.docs.zh}\n${rule.docs.en}\nplanlint rules — ${ruleId}`;
}

function camel(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase());
}
