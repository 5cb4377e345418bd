import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../i18n/format.js';
import { say } from '../report/context.js';
import { starterConfig } from './config.js';
import { outputTarget, writeOutput } from './output.js';
import { EXIT } from './shared.js';

/** `planlint init`: a starter planlint.config.json; an existing one is never overwritten. */
export async function initCommand(lang: Lang, cwd: string): Promise<number> {
  const file = join(cwd, 'planlint.config.json');
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) {
    process.stderr.write(`${say({ lang }, 'configExists', { file: 'planlint.config.json' })}\n`);
    return EXIT.fatal;
  }
  await writeOutput(await outputTarget(file), starterConfig());
  process.stderr.write(`${say({ lang }, 'configWritten', { file: 'planlint.config.json' })}\n`);
  return EXIT.ok;
}
