import { recoverLayout } from '../../../src/extract/layout/index.js';
import type { Task } from '../../../src/model/plan.js';
import { parseBytes } from '../../../src/parse.js';
import { textToBlocks } from '../../../src/read/text.js';

/** The table a text yields after layout recovery: its rows as cell texts, merged cells marked ^. */
export function table(text: string): string[][] {
  const blocks = recoverLayout(textToBlocks(text).blocks);
  const found = blocks.find((b) => b.kind === 'table');
  if (!found?.rows) throw new Error('no table recovered');
  return found.rows.map((row) => row.map((c) => (c.merged ? `^${c.text}` : c.text)));
}

/** The tasks planlint finds in a plain-text plan. */
export async function tasksOf(text: string): Promise<Task[]> {
  return (await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt')).document.tasks;
}
