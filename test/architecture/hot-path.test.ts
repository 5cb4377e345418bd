import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The per-document code (extraction, rules, lexicons, shared text helpers)
 * runs below TurboFan in a batch (cli/v8-tuning.ts), where V8 copies an
 * object spread `{ ...x, k: v }` in its runtime: 5–30× slower than
 * copyWith (text/objects.ts), and it was the time scanner's largest cost.
 */
const HOT = ['extract', 'rules', 'lexicon', 'text'];
const SRC = resolve(import.meta.dirname, '../../src');
const OBJECT_SPREAD = /\{\s*\.\.\.[\w(]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the per-document code copies records with copyWith', () => {
  it('has no object spread outside comments', () => {
    const found = HOT.flatMap((layer) => sourceFiles(join(SRC, layer))).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, k) => ({ line: line.replace(/\/\/.*$|^\s*\*.*$/, ''), at: `${relative(SRC, file)}:${k + 1}` }))
        .filter(({ line }) => OBJECT_SPREAD.test(line))
        .map(({ at }) => at),
    );
    expect(found).toEqual([]);
  });
});
