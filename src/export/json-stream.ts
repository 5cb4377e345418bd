import { SCHEMA_VERSION } from '../model/constants.js';
import type { PlanDocument } from '../model/plan.js';
import { GENERATOR } from '../version.js';
import { contractDocument } from '../model/report.js';

/** `export --format jsonl`: one document per line, each with the schema's header. (`--format json` is written with model/report.ts's reportHead, reportDocument, reportTail.) */
export function reportLine(doc: PlanDocument): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, generator: GENERATOR, document: contractDocument(doc, { withTasks: true }) })}\n`;
}
