import type { Lang } from './format.js';
import {
  CONFIG_ERRORS, CONFIG_UNKNOWN, FILE_ERRORS, FILE_ERROR_BY_CODE, FILE_ERROR_UNKNOWN, FILE_WARNINGS, FILE_WARNING_UNKNOWN,
  SYSTEM_ERRORS, USAGE_ERRORS, USAGE_UNKNOWN, type Translation,
} from './zh-messages.js';

/**
 * English messages from below the command line (readers, config, option
 * parser, the system) said in the user's language. English passes through;
 * Chinese comes from zh-messages.ts, or, for a message it does not know, a
 * general sentence: the English never reaches a clerk.
 */
function translate(message: string, table: readonly Translation[], fallback: string): string {
  for (const [pattern, zh] of table) {
    const match = pattern.exec(message);
    if (match) return zh.replace(/\$(\d)/g, (_, k: string) => listed(match[Number(k)] ?? ''));
  }
  return fallback;
}

/** "a, b or c" → "a、b、c": a kept list of values reads as Chinese. */
const listed = (text: string) => text.replace(/,? or /g, '、').replace(/, /g, '、');

/**
 * Already said in Chinese (messages from the catalogue): no English word
 * once option names, quoted values and file names are set aside.
 */
function saidInChinese(message: string): boolean {
  return !/[A-Za-z]{3,}/.test(message.replace(/--?[\w-]+|"[^"]*"|'[^']*'|“[^”]*”|\S*[\\/.]\S*/g, ''));
}

/** A file-level error (a document's `errors` entry). */
export function describeFileError(error: { code: string; message: string }, lang: Lang): string {
  if (lang === 'en') return error.message;
  return translate(error.message, FILE_ERRORS, FILE_ERROR_BY_CODE[error.code] ?? FILE_ERROR_UNKNOWN);
}

/** A reader's warning about a file it did read. */
export function describeFileWarning(warning: string, lang: Lang): string {
  return lang === 'en' ? warning : translate(warning, FILE_WARNINGS, FILE_WARNING_UNKNOWN);
}

export function describeUsageError(message: string, lang: Lang): string {
  if (lang === 'en' || saidInChinese(message)) return message;
  return translate(message.trim(), USAGE_ERRORS, USAGE_UNKNOWN);
}

export function describeConfigError(message: string, lang: Lang): string {
  if (lang === 'en' || saidInChinese(message)) return message;
  return translate(message, CONFIG_ERRORS, CONFIG_UNKNOWN);
}

/**
 * An error nobody expected, said in one line: a system error by its code and
 * path (a full disk, a read-only folder), anything else as an internal
 * error whose English detail is left to PLANLINT_DEBUG.
 */
export function describeUnexpected(error: unknown, lang: Lang): string {
  const { code, path } = (error ?? {}) as { code?: string; path?: string };
  if (lang === 'en') {
    const detail = error instanceof Error ? error.message : String(error);
    return code && SYSTEM_ERRORS[code] ? detail : `internal error: ${detail}`;
  }
  if (code && SYSTEM_ERRORS[code]) return path ? `${path}：${SYSTEM_ERRORS[code]}` : SYSTEM_ERRORS[code];
  return '内部错误（设置环境变量 PLANLINT_DEBUG=1 可查看详情）';
}
