import { SCHEMA_VERSION } from '../model/constants.js';
import type { PlanDocument, Summary } from '../model/plan.js';
import { GENERATOR } from '../version.js';
import { contractDocument } from '../model/report.js';

/**
 * The schemaVersion 1 report written a piece at a time, so that `export`
 * never holds every document: the pieces join to exactly
 * `JSON.stringify(buildReport(documents, { withTasks: true }), null, 2)`.
 */
const DOCUMENT_INDENT = '    ';

export function reportHead(): string {
  return `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "generator": ${JSON.stringify(GENERATOR)},\n  "documents": [`;
}

/** One document of the `documents` array; every one but the first is preceded by REPORT_SEPARATOR. */
export function reportDocument(doc: PlanDocument): string {
  return `\n${DOCUMENT_INDENT}${JSON.stringify(contractDocument(doc, { withTasks: true }), null, 2).replace(/\n/g, `\n${DOCUMENT_INDENT}`)}`;
}

export const REPORT_SEPARATOR = ',';

export function reportTail(summary: Summary): string {
  const close = summary.documents > 0 ? '\n  ]' : ']';
  return `${close},\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}

/** `export --format jsonl`: one document per line, each with the schema's header. */
export function reportLine(doc: PlanDocument): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, generator: GENERATOR, document: contractDocument(doc, { withTasks: true }) })}\n`;
}

