import { isAbsolute, relative } from 'node:path';
import type { Lang } from '../i18n/format.js';
import { lintSettings } from '../lint.js';
import type { RuleLevel } from '../model/config.js';
import type { PlanDocument } from '../model/plan.js';
import type { Parsed } from '../parse.js';
import type { Formatter, ReportContext } from '../report/context.js';
import { say } from '../report/context.js';
import { lintExtracted } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import { useColor } from './color.js';
import { loadConfig, parseRuleOverrides } from './config.js';
import { SUPPORTED_EXTENSIONS, expandInputs } from './inputs.js';
import { writeFileAtomic, writeStdout } from './output.js';
import { parseAll, parseStdin } from './run.js';
import { EXIT, UsageError, type CommonOptions } from './shared.js';

export interface LintCommandOptions extends CommonOptions {
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: string;
  rule: string[];
  config?: string;
  asOf?: string;
  color?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  withTasks?: boolean;
  draft?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

/** Formatters load on demand: the terminal table's libraries are not needed for SARIF in CI. */
const FORMATTERS: Readonly<Record<string, (withTasks: boolean) => Promise<Formatter>>> = {
  stylish: async () => (await import('../report/stylish.js')).stylish,
  json: async (withTasks) => (await import('../report/json.js'))[withTasks ? 'jsonWithTasks' : 'json'],
  sarif: async () => (await import('../report/sarif.js')).sarif,
  github: async () => (await import('../report/github.js')).github,
  junit: async () => (await import('../report/junit.js')).junit,
};

export async function lintCommand(patterns: string[], options: LintCommandOptions, lang: Lang, cwd: string): Promise<number> {
  const loadFormatter = Object.hasOwn(FORMATTERS, options.format) ? FORMATTERS[options.format] : undefined;
  if (!loadFormatter) throw new UsageError(`--format must be one of ${Object.keys(FORMATTERS).join(', ')}`);
  const formatter = await loadFormatter(options.withTasks === true);
  let maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new UsageError('--max-warnings expects a whole number');
  if (options.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new UsageError('--as-of expects YYYY-MM-DD');
  let overrides: Record<string, RuleLevel>;
  try {
    overrides = parseRuleOverrides(options.rule);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { config } = await loadConfig(cwd, options.config);
  // The command line wins over the config file; the config's lang wins over the locale.
  maxWarnings ??= config.maxWarnings ?? -1;
  if (options.lang === undefined && config.lang) lang = config.lang;
  const settings = lintSettings({
    config,
    overrides,
    lang,
    asOf: options.asOf,
    draft: options.draft,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  });
  const parseOptions = { encoding: options.encoding ?? config.encoding, maxFileBytes: options.maxFileBytes };

  const documents: PlanDocument[] = [];
  let exit: number = EXIT.ok;
  const collect = (parsed: Parsed) => {
    const doc = parsed.document;
    doc.file = displayName(doc.file, cwd);
    // A file that could not be read gets one line on stderr too, unless the terminal report shows it already.
    if (options.outputFile || options.format !== 'stylish')
      for (const error of doc.errors) process.stderr.write(`${doc.file}: ${say({ lang }, 'fileError', { message: error.message })}\n`);
    doc.diagnostics = doc.errors.length > 0 ? [] : lintExtracted(parsed, RULES, settings);
    if (options.quiet) doc.diagnostics = doc.diagnostics.filter((d) => d.severity === 'error');
    documents.push(doc);
  };
  if (options.stdin) {
    collect(await parseStdin(options.stdinFilename ?? '<stdin>.txt', parseOptions));
  } else {
    if (patterns.length === 0) throw new UsageError(say({ lang }, 'noInputs', { extensions: SUPPORTED_EXTENSIONS.join(', ') }));
    const inputs = await expandInputs(patterns, cwd, config.ignorePatterns);
    for (const missing of inputs.missing) {
      process.stderr.write(`planlint: ${say({ lang }, 'missingInput', { path: missing })}\n`);
      exit = EXIT.fatal;
    }
    for await (const parsed of parseAll(inputs.files, parseOptions)) collect(parsed);
  }

  const color = options.outputFile ? false : useColor(options.color, process.stdout.isTTY === true);
  const context: ReportContext = { lang, color, cwd, rules: RULES.filter((r) => settings.rules.has(r.id)), width: process.stdout.columns ?? 120 };
  const report = formatter(documents, context);
  if (options.outputFile) await writeFileAtomic(options.outputFile, report);
  else await writeStdout(report);

  const errors = documents.reduce((n, d) => n + d.diagnostics.filter((x) => x.severity === 'error').length, 0);
  const warnings = documents.reduce((n, d) => n + d.diagnostics.filter((x) => x.severity === 'warning').length, 0);
  if (documents.some((d) => d.errors.length > 0)) exit = EXIT.fatal;
  if (exit === EXIT.ok && errors > 0) exit = EXIT.problems;
  if (exit === EXIT.ok && maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`planlint: ${say({ lang }, 'tooManyWarnings', { warnings, max: maxWarnings })}\n`);
    exit = EXIT.problems;
  }
  return exit;
}

/** Files are shown as the user named them, relative to where they stand. */
export function displayName(file: string, cwd: string): string {
  return isAbsolute(file) ? relative(cwd, file) || file : file;
}
