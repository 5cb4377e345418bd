import { CLI_MESSAGES, type CliMessageId } from '../i18n/cli.js';
import { formatMessage, type Lang, type MessageData } from '../i18n/format.js';
import type { PlanDocument, Summary } from '../model/plan.js';
import type { AnyRule } from '../rules/define.js';

export interface ReportContext {
  lang: Lang;
  color: boolean;
  cwd: string;
  /** Rules that ran, for formats that describe them (SARIF). */
  rules: readonly AnyRule[];
  /** Terminal width for the table formats. */
  width: number;
  /** What --quiet left out of the documents' diagnostics. */
  hidden?: { warnings: number; infos: number };
  /** Inputs that matched no file: the run checked less than it was asked to. */
  unmatched?: number;
  /**
   * The run's totals, when the documents no longer hold every task (a long
   * run keeps only the tasks its findings cite); else counted from them.
   */
  summary?: Summary;
}

export type Formatter = (documents: readonly PlanDocument[], context: ReportContext) => string;

export function say(context: Pick<ReportContext, 'lang'>, id: CliMessageId, data?: MessageData): string {
  return formatMessage(CLI_MESSAGES[id], context.lang, data);
}
