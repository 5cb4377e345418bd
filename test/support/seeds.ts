import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Truth } from './score.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** The five seeds and their truth (fixtures/README.md says which truth fits which file). */
export const SEEDS = [
  '000_d5898165c5e6b752',
  '001_5fd3a691959281b4',
  '002_18e7aa6971dcb1bf',
  '003_5a35171835c4a9ae',
  '004_ddf377d826d8cb0f',
] as const;

export function truthOf(seed: string): Truth {
  return JSON.parse(readFileSync(join(FIXTURES, 'truth', `${seed}.json`), 'utf8')) as Truth;
}

/** Which seed each file in fixtures/formats restates. */
export const FORMAT_TRUTH: Readonly<Record<string, (typeof SEEDS)[number]>> = {
  '000.docx': SEEDS[0],
  '000.doc': SEEDS[0],
  '001-gb18030.txt': SEEDS[1],
  '002-big5.txt': SEEDS[2],
  '003.csv': SEEDS[3],
  '003.doc': SEEDS[3],
  '003.docx': SEEDS[3],
  '003.md': SEEDS[3],
  '003.xlsx': SEEDS[3],
  '004-utf16le.txt': SEEDS[4],
  '004.md': SEEDS[4],
};
