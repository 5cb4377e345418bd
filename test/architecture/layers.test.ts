import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pipeline's layers, each allowed to import only from its own layer and
 * the ones before it: shared helpers and the model first, then read →
 * extract → rules → report | export, the runner and the command line last.
 * report and export stand side by side and may not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'version'],
  ['model'],
  ['i18n', 'lexicon'],
  ['read'],
  ['extract'],
  ['parse'],
  ['rules'],
  ['lint'],
  ['report', 'export'],
  ['run'],
  ['cli'],
  ['index'],
];
const SRC = resolve(import.meta.dirname, '../../src');

function rankOf(layer: string): number {
  const rank = LAYERS.findIndex((names) => names.includes(layer));
  if (rank < 0) throw new Error(`src/${layer} belongs to no layer: add it to LAYERS`);
  return rank;
}

/** The layer a file under src/ belongs to: its top folder, or its own name for a top-level module. */
function layerOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0].replace(/\.ts$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative module specifiers a file imports, statically, dynamically or as types. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)) found.push(match[1]);
  return found;
}

interface Edge {
  from: string;
  to: string;
}

function crossings(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      edges.push({ from: relative(SRC, file), to: relative(SRC, target) });
    }
  }
  return edges;
}

const allowed = ({ from, to }: Edge): boolean => {
  const [a, b] = [layerOf(join(SRC, from)), layerOf(join(SRC, to))];
  if (a === b) return true;
  const siblings = rankOf(a) === rankOf(b);
  return !siblings && rankOf(b) < rankOf(a);
};

describe('layers', () => {
  it('finds the imports it checks (a broken scan would pass everything)', () => {
    const edges = crossings();
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'run/job.ts', to: 'parse.ts' });
    expect(edges).toContainEqual({ from: 'cli/lint.ts', to: 'run/pool.ts' });
  });

  it('no module imports from a later layer, and report and export do not import each other', () => {
    expect(crossings().filter((edge) => !allowed(edge))).toEqual([]);
  });

  it('tells a backward import from a forward one', () => {
    expect(allowed({ from: 'read/sheet.ts', to: 'export/sheet-names.ts' })).toBe(false);
    expect(allowed({ from: 'report/json.ts', to: 'export/json-stream.ts' })).toBe(false);
    expect(allowed({ from: 'extract/tables.ts', to: 'model/block.ts' })).toBe(true);
    expect(allowed({ from: 'cli/lint.ts', to: 'run/pool.ts' })).toBe(true);
  });
});
