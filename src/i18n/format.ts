export type Lang = 'zh' | 'en';

/** A message in both languages; `{name}` placeholders are filled from the report's data. */
export interface Message {
  zh: string;
  en: string;
}

export type MessageData = Readonly<Record<string, string | number>>;

export function formatMessage(message: Message, lang: Lang, data: MessageData = {}): string {
  const parts = templateParts(message[lang]);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const key = parts[k];
    out += (key in data ? String(data[key]) : `{${key}}`) + parts[k + 1];
  }
  return out;
}

/**
 * A template cut at its placeholders once: text, name, text, name, …, text.
 * Every finding of a batch fills one of a few dozen templates; a replace with
 * a callback per placeholder cost a call back into JavaScript for each.
 */
const TEMPLATES = new Map<string, readonly string[]>();
const PLACEHOLDER = /\{(\w+)\}/;

function templateParts(template: string): readonly string[] {
  let parts = TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    TEMPLATES.set(template, parts);
  }
  return parts;
}

/** --lang, else the locale (LC_ALL, LC_MESSAGES, LANG starting with zh → zh; any other → en), else zh. */
export function resolveLang(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (explicit === 'zh' || explicit === 'en') return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!locale || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.')) return 'zh';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
