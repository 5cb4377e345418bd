import { resolve } from 'node:path';
import type { Lang } from '../i18n/format.js';
import { buildReport, contractDocument } from '../export/json.js';
import { GENERATOR } from '../version.js';
import { SCHEMA_VERSION } from '../model/constants.js';
import type { PlanDocument } from '../model/plan.js';
import { say } from '../report/context.js';
import { expandInputs } from './inputs.js';
import { writeFileAtomic, writeStdout } from './output.js';
import { parseAll } from './run.js';
import { displayName } from './lint.js';
import { EXIT, UsageError, type CommonOptions } from './shared.js';

export interface ExportCommandOptions extends CommonOptions {
  output?: string;
  format?: string;
}

const FORMATS = ['json', 'jsonl'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** The format asked for, else the one the output's name implies, else JSON. */
function exportFormat(options: ExportCommandOptions): ExportFormat {
  const format = options.format ?? (options.output?.endsWith('.jsonl') ? 'jsonl' : 'json');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  return format as ExportFormat;
}

/**
 * `planlint export FILES -o out.json|-`: the schemaVersion 1 model. `jsonl`
 * streams one document per line, so memory stays flat for any number of inputs.
 */
export async function exportCommand(patterns: string[], options: ExportCommandOptions, lang: Lang, cwd: string): Promise<number> {
  const format = exportFormat(options);
  const output = options.output ?? '-';
  const inputs = await expandInputs(patterns, cwd);
  let exit: number = EXIT.ok;
  for (const missing of inputs.missing) {
    process.stderr.write(`planlint: ${say({ lang }, 'missingInput', { path: missing })}\n`);
    exit = EXIT.fatal;
  }
  if (output !== '-' && inputs.files.some((f) => resolve(cwd, f) === resolve(cwd, output))) {
    throw new UsageError(say({ lang }, 'outputIsInput', { file: output }));
  }
  const parseOptions = { encoding: options.encoding, maxFileBytes: options.maxFileBytes };
  const documents: PlanDocument[] = [];
  const lines: string[] = [];
  for await (const parsed of parseAll(inputs.files, parseOptions)) {
    const doc = parsed.document;
    doc.file = displayName(doc.file, cwd);
    for (const error of doc.errors) process.stderr.write(`${doc.file}: ${say({ lang }, 'fileError', { message: error.message })}\n`);
    if (doc.errors.length > 0) exit = EXIT.fatal;
    if (format === 'jsonl') {
      const line = `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, generator: GENERATOR, document: contractDocument(doc, { withTasks: true }) })}\n`;
      if (output === '-') await writeStdout(line);
      else lines.push(line);
    } else {
      documents.push(doc);
    }
  }
  const text = format === 'jsonl' ? lines.join('') : `${JSON.stringify(buildReport(documents, { withTasks: true }), null, 2)}\n`;
  if (output === '-') {
    if (format === 'json') await writeStdout(text);
  } else {
    await writeFileAtomic(output, text);
    process.stderr.write(`${say({ lang }, 'wrote', { file: output })}\n`);
  }
  return exit;
}
