export type Lang = 'zh' | 'en';

/** A message in both languages; `{name}` placeholders are filled from the report's data. */
export interface Message {
  zh: string;
  en: string;
}

export type MessageData = Readonly<Record<string, string | number>>;

export function formatMessage(message: Message, lang: Lang, data: MessageData = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** --lang, else the locale (LC_ALL, LC_MESSAGES, LANG starting with zh → zh; any other → en), else zh. */
export function resolveLang(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (explicit === 'zh' || explicit === 'en') return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!locale || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.')) return 'zh';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
