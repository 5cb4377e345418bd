import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';
import { SimilarityIndex, WindowIndex, bigramTokens } from '../../src/extract/text-index.js';

/** Deterministic texts over a small alphabet, so that shared runs are common. */
function texts(count: number, seed: number, alphabet = '工作任务责任单位完成时限'): string[] {
  let s = seed;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: 4 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

function dice(a: string, b: string): number {
  const x = bigramTokens(a);
  const y = new Set(bigramTokens(b));
  const shared = x.filter((t) => y.has(t)).length;
  return x.length + y.size === 0 ? 0 : (2 * shared) / (x.length + y.size);
}

/** Probes a SimilarityIndex of `rows` with each query, checking that every pair of Dice ≥ 0.5 is among the candidates. */
function proposeSimilar(queries: readonly string[], rows: readonly string[]): { proposed: number; similarPairs: number } {
  const index = new SimilarityIndex(0.5, [...rows, ...queries].map(bigramTokens));
  rows.forEach((row, k) => index.add(k, bigramTokens(row)));
  let proposed = 0;
  let similarPairs = 0;
  for (const query of queries) {
    const found = new Set(index.candidates(bigramTokens(query)));
    proposed += found.size;
    rows.forEach((row, k) => {
      if (dice(query, row) >= 0.5) {
        similarPairs++;
        expect(found.has(k), `${query} ~ ${row}`).toBe(true);
      }
    });
  }
  return { proposed, similarPairs };
}

describe('indexes that replace pairwise comparison (the restatement matching of body tasks and table rows)', () => {
  const rows = texts(300, 1);
  const queries = texts(200, 2);

  it('WindowIndex.containing finds every text that contains the query', () => {
    const index = new WindowIndex(3);
    rows.forEach((row, k) => index.add(k, row));
    for (const query of queries.map((q) => q.slice(0, 5))) {
      const expected = rows.flatMap((row, k) => (row.includes(query) && query.length >= 3 ? [k] : []));
      const found = new Set(index.containing(query));
      for (const k of expected) expect(found.has(k), `${rows[k]} contains ${query}`).toBe(true);
    }
  });

  it('WindowIndex.within finds every text that stands inside the query', () => {
    const index = new WindowIndex(3);
    const shortRows = rows.map((row) => row.slice(0, 4));
    shortRows.forEach((row, k) => index.add(k, row));
    for (const query of queries) {
      const expected = shortRows.flatMap((row, k) => (query.includes(row) ? [k] : []));
      expect(expected.length).toBeLessThanOrEqual(index.within(query).length);
      const found = new Set(index.within(query));
      for (const k of expected) expect(found.has(k), `${shortRows[k]} inside ${query}`).toBe(true);
    }
  });

  it('SimilarityIndex proposes every pair whose bigram Dice reaches the threshold, and far fewer than all pairs', () => {
    const { proposed, similarPairs } = proposeSimilar(queries, rows);
    expect(similarPairs).toBeGreaterThan(0);
    expect(proposed).toBeLessThan(rows.length * queries.length);
  });

  it('SimilarityIndex still finds every similar pair when all texts carry the same boilerplate, without proposing all pairs', () => {
    // Every text ends with the same note, a third of a body task: probing its bigrams would pair everything.
    const note = '全面推进城乡提质工程建设责任领导陈某责任单位区发改局';
    const wide = Array.from({ length: 2000 }, (_, k) => String.fromCharCode(0x4e00 + 7 * k)).join('');
    const words = (count: number, seed: number, length: number) => texts(count, seed, wide).map((w) => w.padEnd(length, w).slice(0, length));
    const bodyWords = words(200, 3, 30);
    const bodies = bodyWords.map((w) => `${w}${note}`);
    // Rows in their own words, every tenth restating a body.
    const tableRows = words(200, 4, 45).map((w, k) => (k % 10 === 0 ? `${bodyWords[k]}${note}${w.slice(0, 5)}` : `${w}${note}`));
    const { proposed, similarPairs } = proposeSimilar(bodies, tableRows);
    expect(similarPairs).toBeGreaterThanOrEqual(20);
    expect(proposed).toBeLessThan((bodies.length * tableRows.length) / 4);
  });

  it('bigram tokens number repeated bigrams, so that overlap counts each occurrence once', () => {
    const [first, second] = bigramTokens('工作工作');
    expect(bigramTokens('工作工作')).toHaveLength(3);
    expect(first).not.toBe(bigramTokens('工作工作')[2]);
    expect(second).not.toBe(first);
  });
});

describe('a long plan whose table restates its body: matched through the indexes', () => {
  it('each of 120 numbered items restated as a table row is one task, the row', async () => {
    const count = 120;
    const subject = (k: number) => `第${k}项重点工作要建立健全长效机制并按月报送推进情况编号${k}`;
    const body = Array.from({ length: count }, (_, k) => `${k + 1}.${subject(k + 1)}。`);
    const table = ['附件', '任务分解表', '序号\t工作任务\t责任单位\t完成时限', ...Array.from({ length: count }, (_, k) => `${k + 1}\t${subject(k + 1)}\t区发展和改革局\t2024年12月底`)];
    const parsed = await parseBytes(Buffer.from(['一、重点任务', ...body, ...table].join('\n')), 'plan.txt');
    const tasks = parsed.document.tasks;
    expect(tasks).toHaveLength(count);
    expect(tasks.every((t) => t.origin === 'table' && t.owners.units[0] === '区发展和改革局')).toBe(true);
  });
});
