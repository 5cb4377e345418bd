import type { PlanDocument, PlanReport, Summary } from './plan.js';
import { SCHEMA_VERSION } from './constants.js';
import { GENERATOR } from '../version.js';

export interface ReportOptions {
  /** `lint --format json` leaves tasks out unless asked (--with-tasks); `export` always has them. */
  withTasks: boolean;
}

/** The schemaVersion 1 contract (docs/architecture.md), key order included. */
export function buildReport(documents: readonly PlanDocument[], options: ReportOptions): PlanReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    documents: documents.map((doc) => contractDocument(doc, options)),
    summary: summarize(documents),
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
