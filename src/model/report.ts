import type { PlanDocument, PlanReport, Summary } from './plan.js';
import { SCHEMA_VERSION } from './constants.js';
import { GENERATOR } from '../version.js';

export interface ReportOptions {
  /** `lint --format json` leaves tasks out unless asked (--with-tasks); `export` always has them. */
  withTasks: boolean;
  /** The totals, when the documents do not hold every task; else counted from them. */
  summary?: Summary;
}

/** The schemaVersion 1 contract (docs/architecture.md), key order included. */
export function buildReport(documents: readonly PlanDocument[], options: ReportOptions): PlanReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    documents: documents.map((doc) => contractDocument(doc, options)),
    summary: options.summary ?? summarize(documents),
  };
}

/** Only the contract's fields, in its order: internal facts never leak into the JSON. */
export function contractDocument(doc: PlanDocument, options: ReportOptions): PlanDocument {
  const base = {
    file: doc.file,
    format: doc.format,
    encoding: doc.encoding,
    script: doc.script,
    meta: { title: doc.meta.title, docNumber: doc.meta.docNumber, issuer: doc.meta.issuer, date: doc.meta.date, year: doc.meta.year },
    roster: doc.roster.map((r) => ({ name: r.name, role: r.role, title: r.title })),
  };
  const tasks = doc.tasks.map((t) => ({
    id: t.id,
    number: t.number,
    path: t.path,
    title: t.title,
    text: t.text,
    origin: t.origin,
    owners: { leaders: t.owners.leaders, units: t.owners.units, partners: t.owners.partners },
    deadline: t.deadline && { text: t.deadline.text, start: t.deadline.start, end: t.deadline.end, precision: t.deadline.precision, flags: t.deadline.flags },
    targets: t.targets.map((g) => ({ text: g.text, value: g.value, unit: g.unit, dimension: g.dimension, comparator: g.comparator })),
    loc: t.loc,
  }));
  const rest = { diagnostics: doc.diagnostics, errors: doc.errors };
  return (options.withTasks ? { ...base, tasks, ...rest } : { ...base, ...rest }) as PlanDocument;
}

/**
 * The same report written a piece at a time, so that neither `export` nor
 * `lint` holds every document: reportHead(), then reportDocument() for each
 * document, every one but the first preceded by REPORT_SEPARATOR, then
 * reportTail() join to exactly `JSON.stringify(buildReport(documents, options), null, 2)`
 * (and the newline that ends the file).
 */
const DOCUMENT_INDENT = '    ';

export function reportHead(): string {
  return `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "generator": ${JSON.stringify(GENERATOR)},\n  "documents": [`;
}

export function reportDocument(doc: PlanDocument, options: Pick<ReportOptions, 'withTasks'>): string {
  return `\n${DOCUMENT_INDENT}${JSON.stringify(contractDocument(doc, options), null, 2).replace(/\n/g, `\n${DOCUMENT_INDENT}`)}`;
}

export const REPORT_SEPARATOR = ',';

/** `documents`: how many were written (the summary's count unless it says otherwise). */
export function reportTail(summary: Summary, documents = summary.documents): string {
  const close = documents > 0 ? '\n  ]' : ']';
  return `${close},\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}

export function summarize(documents: readonly PlanDocument[]): Summary {
  const summary: Summary = { documents: documents.length, tasks: 0, errors: 0, warnings: 0, infos: 0 };
  for (const doc of documents) {
    summary.tasks += doc.tasks.length;
    for (const d of doc.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

export function addSummary(total: Summary, part: Summary): void {
  total.documents += part.documents;
  total.tasks += part.tasks;
  total.errors += part.errors;
  total.warnings += part.warnings;
  total.infos += part.infos;
}
