import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Truth } from './score.js';
import { FIXTURES } from './seeds.js';

/** fixtures/corpus: real plans as published on the web, each with a reviewer's truth (its README says how). */
export const CORPUS = join(FIXTURES, 'corpus');

export const CORPUS_DOCS: readonly string[] = readdirSync(join(CORPUS, 'docs'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

export function corpusTruth(name: string): Truth {
  return JSON.parse(readFileSync(join(CORPUS, 'truth', `${name}.json`), 'utf8')) as Truth;
}

export const corpusDoc = (name: string): string => join(CORPUS, 'docs', `${name}.txt`);
