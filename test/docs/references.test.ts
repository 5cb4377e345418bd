import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The document files (name.md) the comments of src/ cite, by file. */
function citedDocs(): Array<[string, string]> {
  const cited: Array<[string, string]> = [];
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/^\s*(\/\/|\/?\*)/.test(line)) continue;
      for (const [doc] of line.matchAll(/[\w-]+(\/[\w-]+)*\.md\b/g)) cited.push([file.slice(root.length + 1), doc]);
    }
  }
  return cited;
}

describe('comments in src/', () => {
  it('cite only documents the repository has, by their path from its root', () => {
    const cited = citedDocs();
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter(([, doc]) => !existsSync(join(root, doc)))).toEqual([]);
  });
});
