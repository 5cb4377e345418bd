import { Command, CommanderError, Option } from 'commander';
import { resolveLang, type Lang } from '../i18n/format.js';
import { describeConfigError, describeUnexpected, describeUsageError } from '../i18n/translate.js';
import { VERSION } from '../version.js';
import { ConfigError } from './config-error.js';
import { EXIT, UsageError } from './shared.js';
import { allowV8Tuning } from './v8-tuning.js';

const collect = (value: string, previous: string[]) => [...previous, value];
const megabytes = (value: string) => {
  const n = Number(value);
  if (!(n > 0)) throw new UsageError('--max-file-size expects a number of megabytes');
  return Math.round(n * 1024 * 1024);
};

/** Each command's module loads when it runs: start-up stays small. */
function program(run: (work: (lang: Lang) => Promise<number>, lang?: string) => Promise<void>, lang: Lang, cwd: string): Command {
  const cli = new Command('planlint')
    .description('Lint Chinese government plan documents: owners, deadlines, targets. 检查工作方案、任务分解表的责任、时限与指标。')
    .version(VERSION, '-v, --version')
    // In Chinese, the parser's English error is said in Chinese and the (English) help is not printed after it.
    .showHelpAfterError(lang === 'en')
    .configureOutput({ outputError: (text, write) => write(lang === 'en' ? text : `planlint: ${describeUsageError(text, lang)}（运行 planlint --help 查看用法）\n`) })
    .exitOverride();
  const common = (command: Command) =>
    command
      .option('--lang <lang>', 'message language: zh or en (default: from LANG, else zh)')
      .option('--encoding <encoding>', 'text encoding of the inputs (gb18030, big5, utf-16le …); detected when not given')
      .option('--max-file-size <MB>', 'refuse inputs larger than this', megabytes);

  common(cli.command('lint', { isDefault: true }))
    .description('check documents and report problems (the default command)')
    .argument('[paths...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <format>', 'stylish, json, sarif, github or junit').default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--rule <id=level>', 'set a rule to off, info, warning or error (repeatable)', collect, [])
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--as-of <date>', 'the day overdue checks are made on (YYYY-MM-DD, default today)')
    .option('--draft', 'treat the document as a draft: placeholders and redactions are errors')
    .option('--with-tasks', 'include the parsed tasks in --format json')
    .option('-j, --jobs <n>', 'files processed in parallel, each on a worker thread (default: CPU cores - 1, at least 1)')
    .option('--report-unused-disable-directives', 'report planlint-disable comments that silence nothing')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--stdin', 'read the document from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin (decides the format), e.g. plan.md')
    .option('--no-error-on-unmatched-pattern', 'a path or glob that matches no file is not an error (nor is checking nothing)')
    .action((paths: string[], options) => run(async (lang) => (await import('./commands.js')).lintCommand(paths, options, lang, cwd), options.lang));

  common(cli.command('export'))
    .description('convert documents to the JSON model (schemaVersion 1) or an Excel ledger (任务台账)')
    .argument('<paths...>', 'files, directories or globs')
    .option('-o, --output <file>', 'output file (.json, .jsonl, .xlsx), or - for stdout (the default)')
    .option('-f, --format <format>', 'json, jsonl or xlsx (default: from the output name, else json)')
    .option('--out-dir <dir>', 'one Excel ledger per input, written into this folder')
    .option('--by-owner', 'Excel ledger: one more sheet per lead unit')
    .option('-j, --jobs <n>', 'files processed in parallel, each on a worker thread (default: CPU cores - 1, at least 1)')
    .option('--as-of <date>', 'the day overdue checks are made on (YYYY-MM-DD, default today)')
    .option('--no-error-on-unmatched-pattern', 'a path or glob that matches no file is not an error (nor is exporting nothing)')
    .action((paths: string[], options) => run(async (lang) => (await import('./commands.js')).exportCommand(paths, options, lang, cwd), options.lang));

  common(cli.command('show'))
    .description('print the tasks planlint finds in a document as a table')
    .argument('<paths...>', 'documents')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action((paths: string[], options) => run(async (lang) => (await import('./commands.js')).showCommand(paths, options, lang, cwd), options.lang));

  cli
    .command('rules')
    .description('list every rule with its default severity')
    .option('--lang <lang>', 'zh or en')
    .option('-f, --format <format>', 'text, md or json', 'text')
    .action((options) => run(async (lang) => (await import('./commands.js')).rulesCommand(options, lang), options.lang));

  cli
    .command('init')
    .description('write a starter planlint.config.json')
    .option('--lang <lang>', 'zh or en')
    .action((options) => run(async (lang) => (await import('./commands.js')).initCommand(lang, cwd), options.lang));
  return cli;
}

/** One line for the user, in the user's language, never a stack trace (PLANLINT_DEBUG=1 shows it). */
export function explain(error: unknown, lang: Lang): string {
  if (error instanceof ConfigError) return `planlint: ${error.file}: ${describeConfigError(error.message, lang)}`;
  if (error instanceof UsageError) return `planlint: ${describeUsageError(error.message, lang)}`;
  const detail = process.env.PLANLINT_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  return `planlint: ${describeUnexpected(error, lang)}${detail}`;
}

/** The language asked for on the command line (--lang zh, --lang=en), else the locale's: known before the options are parsed. */
function languageOf(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at].startsWith('--lang=') ? argv[at].slice('--lang='.length) : argv[at + 1];
  return resolveLang(value === 'zh' || value === 'en' ? value : undefined);
}

/** `cwd` is where relative paths and the config search start: the process's own, unless a caller (a test) runs the CLI for another folder. */
export async function main(argv: readonly string[], cwd: string = process.cwd()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const lang = languageOf(argv);
  const run = async (work: (lang: Lang) => Promise<number>, lang?: string) => {
    if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en');
    exitCode = await work(resolveLang(lang));
  };
  try {
    await program(run, lang, cwd).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.fatal;
    }
    process.stderr.write(`${explain(error, lang)}\n`);
    return EXIT.fatal;
  }
  return exitCode;
}

/** A closed pipe (`planlint … | head`) ends the run quietly. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

export async function runCli(): Promise<void> {
  quietOnClosedPipe();
  allowV8Tuning();
  process.exitCode = await main(process.argv.slice(2));
}
