import type { Lang } from '../i18n/format.js';
import { formatMessage } from '../i18n/format.js';
import { RULES } from '../rules/index.js';
import { writeStdout } from './output.js';
import { EXIT, UsageError } from './shared.js';

/**
 * `planlint rules`: every rule with its default severity and description.
 * `--format md` prints the table the README embeds (generated, never written twice).
 */
export async function rulesCommand(options: { format?: string }, lang: Lang): Promise<number> {
  const format = options.format ?? 'text';
  if (format === 'md') await writeStdout(rulesMarkdown());
  else if (format === 'json') await writeStdout(`${JSON.stringify(RULES.map((r) => ({ id: r.id, severity: r.severity, docs: r.docs })), null, 2)}\n`);
  else if (format === 'text') {
    const width = Math.max(...RULES.map((r) => r.id.length));
    await writeStdout(`${RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${formatMessage(r.docs, lang)}`).join('\n')}\n`);
  } else throw new UsageError('--format must be text, md or json');
  return EXIT.ok;
}

export function rulesMarkdown(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.docs.zh} | ${r.docs.en} |`);
  return `${['| rule | default | 说明 | description |', '| --- | --- | --- | --- |', ...rows].join('\n')}\n`;
}
