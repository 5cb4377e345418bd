import { isAbsolute, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/format.js';
import { lintSettings } from '../lint.js';
import type { RuleLevel } from '../model/config.js';
import type { PlanDocument, Summary } from '../model/plan.js';
import { addSummary, summarize } from '../model/report.js';
import type { ReportContext, StreamFormatter } from '../report/context.js';
import { say } from '../report/context.js';
import { githubReport } from '../report/github.js';
import { jsonReportWithTasks, jsonReportWithout } from '../report/json.js';
import { junitReport } from '../report/junit.js';
import { sarifReport } from '../report/sarif.js';
import { stylishReport } from '../report/stylish.js';
import { poolFor, runAll } from '../run/pool.js';
import { lintExtracted } from '../rules/engine.js';
import type { RunItem, RunSettings } from '../run/job.js';
import { describeFileError } from '../i18n/translate.js';
import { useColor } from './color.js';
import { terminalWidth } from './terminal.js';
import { loadConfig, parseRuleOverrides } from './config.js';
import { SUPPORTED_EXTENSIONS, expandInputs, reportInputs } from './inputs.js';
import { openReport, type ReportSink } from './report-sink.js';
import { guardOutputs } from './output-guard.js';
import { startProgress, type Progress } from './progress.js';
import { parseStdin } from './run.js';
import { EXIT, UsageError, checkAsOf, jobsOf, type CommonOptions } from './shared.js';
import { tuneCompilerForBatch } from './v8-tuning.js';

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
  /** false with --no-error-on-unmatched-pattern. */
  errorOnUnmatchedPattern?: boolean;
  jobs?: string;
}

/** The formatters are part of the command, not loaded apart: each module loaded apart costs a trip through the loader at start. */
const FORMATTERS: Readonly<Record<string, (withTasks: boolean) => StreamFormatter>> = {
  stylish: () => stylishReport,
  json: (withTasks) => (withTasks ? jsonReportWithTasks : jsonReportWithout),
  sarif: () => sarifReport,
  github: () => githubReport,
  junit: () => junitReport,
};

/** The options, checked before anything is read: a usage error is one line and exit 2. */
function checkOptions(patterns: readonly string[], options: LintCommandOptions, lang: Lang) {
  const formatterFor = Object.hasOwn(FORMATTERS, options.format) ? FORMATTERS[options.format] : undefined;
  if (!formatterFor) throw new UsageError(`--format must be one of ${Object.keys(FORMATTERS).join(', ')}`);
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new UsageError('--max-warnings expects a whole number');
  checkAsOf(options.asOf, lang);
  if (options.stdin && patterns.length > 0) throw new UsageError(say({ lang }, 'stdinWithPaths', { paths: patterns.join(' ') }));
  if (!options.stdin && options.stdinFilename !== undefined) throw new UsageError(say({ lang }, 'stdinFilenameAlone'));
  const jobs = jobsOf(options.jobs);
  let overrides: Record<string, RuleLevel>;
  try {
    overrides = parseRuleOverrides(options.rule);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { formatterFor, maxWarnings, overrides, jobs };
}

export async function lintCommand(patterns: string[], options: LintCommandOptions, lang: Lang, cwd: string): Promise<number> {
  const checked = checkOptions(patterns, options, lang);
  const { overrides } = checked;
  let { maxWarnings } = checked;
  const startReport = checked.formatterFor(options.withTasks === true);
  const { config, plugins } = await loadConfig(cwd, options.config, lang);
  // The command line wins over the config file; the config's lang wins over the locale.
  maxWarnings ??= config.maxWarnings ?? -1;
  if (options.lang === undefined && config.lang) lang = config.lang;
  const settings = (() => {
    try {
      return lintSettings({ config, overrides, rules: plugins, lang, asOf: options.asOf, draft: options.draft, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
    } catch (error) {
      // The config was checked when loaded: what is left is a --rule naming no plugin's rule.
      throw new UsageError((error as Error).message);
    }
  })();
  // --quiet shows errors only; what it hides still counts for the exit code.
  const hidden = { warnings: 0, infos: 0 };
  let warnings = 0;
  let exit: number = EXIT.ok;
  let progress: Pick<Progress, 'say'> = { say: (line) => void process.stderr.write(line) };
  /** The run's totals: the report is written as the files are done, and only these are kept of them. */
  const summary: Summary = { documents: 0, tasks: 0, errors: 0, warnings: 0, infos: 0 };
  let unreadable = 0;
  let files: string[] = [];
  let unmatched = 0;
  if (!options.stdin) {
    if (patterns.length === 0) throw new UsageError(say({ lang }, 'noInputs', { extensions: SUPPORTED_EXTENSIONS.join(', ') }));
    const inputs = await expandInputs(patterns, cwd, config.ignorePatterns);
    const errorOnUnmatched = options.errorOnUnmatchedPattern !== false;
    const { ok, nothing } = reportInputs(inputs, lang, errorOnUnmatched);
    // Nothing checked and that is an error: no report, which could only look like a pass.
    if (nothing && !ok) return EXIT.fatal;
    if (!ok) exit = EXIT.fatal;
    if (errorOnUnmatched) unmatched = inputs.missing.length + inputs.empty.length;
    files = inputs.files;
  }
  const shown = (path: string) => displayName(path, cwd);
  const items: RunItem[] = files.map((file) => ({ path: resolve(cwd, file), name: file }));
  const [output] = options.outputFile ? await guardOutputs([resolve(cwd, options.outputFile)], items.map((item) => item.path), lang, shown) : [null];
  const runSettings: RunSettings = {
    format: 'lint',
    encoding: options.encoding ?? config.encoding,
    maxFileBytes: options.maxFileSize,
    lang,
    asOf: settings.asOf,
    config,
    overrides,
    draft: options.draft,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    withTasks: options.withTasks === true,
  };
  const color = options.outputFile ? false : useColor(options.color, process.stdout.isTTY === true);
  const context: ReportContext = {
    lang,
    color,
    cwd,
    rules: [...settings.rules.values()].map((selection) => selection.rule),
    width: terminalWidth(),
    hidden,
    unmatched,
  };
  const report = startReport(context);
  let sink: ReportSink | null = null;
  /** Each file's piece of the report, written as it is done. `tasks`: how many the file had (its document keeps only the cited ones without --with-tasks). */
  const collect = async (doc: PlanDocument, tasks: number) => {
    doc.file = displayName(doc.file, cwd);
    // A file that could not be read gets one line on stderr too, unless the terminal report shows it already.
    if (options.outputFile || options.format !== 'stylish')
      for (const error of doc.errors) progress.say(`${doc.file}: ${say({ lang }, 'fileError', { message: describeFileError(error, lang) })}\n`);
    if (doc.errors.length > 0) unreadable++;
    warnings += doc.diagnostics.filter((d) => d.severity === 'warning').length;
    if (options.quiet) {
      for (const d of doc.diagnostics) if (d.severity !== 'error') hidden[d.severity === 'warning' ? 'warnings' : 'infos']++;
      doc.diagnostics = doc.diagnostics.filter((d) => d.severity === 'error');
    }
    // What the report shows: the findings --quiet kept.
    addSummary(summary, { ...summarize([doc]), tasks });
    await sink!.write(report.document(doc));
  };
  try {
    if (options.stdin) {
      const parsed = await parseStdin(options.stdinFilename ?? '<stdin>.txt', { encoding: runSettings.encoding, maxFileBytes: runSettings.maxFileBytes });
      const doc = parsed.document;
      doc.diagnostics = doc.errors.length > 0 ? [] : lintExtracted(parsed, settings);
      sink = await openReport(output, { holdStdout: false });
      await sink.write(report.head());
      await collect(doc, doc.tasks.length);
    } else {
      const pool = poolFor(items, checked.jobs);
      const bar = await startProgress(items.length, 'planlint lint');
      progress = bar;
      try {
        sink = await openReport(output, { holdStdout: bar.drawn && process.stdout.isTTY === true });
        await sink.write(report.head());
        tuneCompilerForBatch(items.length, pool.jobs);
        for await (const outcome of runAll(items, runSettings, pool)) {
          bar.tick();
          await collect(outcome.document!, outcome.summary.tasks);
        }
      } finally {
        bar.stop();
      }
    }
    await sink.write(report.end(summary));
  } catch (error) {
    await sink?.abort();
    throw error;
  }
  await sink.finish();

  if (unreadable > 0) exit = EXIT.fatal;
  if (exit === EXIT.ok && summary.errors > 0) exit = EXIT.problems;
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
