// The growth curve: CPU time per MB of parse + lint for documents of 11, 44,
// 175 and 700 KB, the same amount of text at every size, as plain text and as
// Markdown. Work that grows faster than the document shows as a rising curve.
// Run alone with `node bench/growth.mjs` (after `npm run build`).
import { join } from 'node:path';
import { makeSizedTexts, toMarkdown } from './corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
export const GROWTH_SIZES_KB = [11, 44, 175, 700];
const TOTAL_BYTES = 1.4e6;

async function cpuPerMegabyte(parseBytes, lint, documents, name) {
  const buffers = documents.map((text) => Buffer.from(text));
  const bytes = buffers.reduce((sum, b) => sum + b.length, 0);
  const before = process.cpuUsage();
  for (const buffer of buffers) lint(await parseBytes(buffer, name), { lang: 'zh' });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (bytes / 1e6);
}

/** CPU ms per MB at each size, for .txt and .md, with the ratio of the largest to the smallest. */
export async function growthCurve() {
  const { parseBytes } = await import(join(ROOT, 'dist', 'parse.js'));
  const { lint } = await import(join(ROOT, 'dist', 'lint.js'));
  const curve = { txt: {}, md: {} };
  // Warm the code up on other documents first, so that the first size measured is not the coldest.
  for (const text of makeSizedTexts(44e3, 600e3, 7)) {
    lint(await parseBytes(Buffer.from(text), 'warm.txt'), { lang: 'zh' });
    lint(await parseBytes(Buffer.from(toMarkdown(text)), 'warm.md'), { lang: 'zh' });
  }
  for (const kb of GROWTH_SIZES_KB) {
    const texts = makeSizedTexts(kb * 1e3, TOTAL_BYTES, kb);
    curve.txt[kb] = await cpuPerMegabyte(parseBytes, lint, texts, 'plan.txt');
    curve.md[kb] = await cpuPerMegabyte(parseBytes, lint, texts.map(toMarkdown), 'plan.md');
  }
  const [smallest, largest] = [GROWTH_SIZES_KB[0], GROWTH_SIZES_KB.at(-1)];
  return {
    cpuMsPerMb: curve,
    txtRatio: curve.txt[largest] / curve.txt[smallest],
    mdRatio: curve.md[largest] / curve.md[smallest],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await growthCurve();
  for (const kind of ['txt', 'md']) {
    const row = GROWTH_SIZES_KB.map((kb) => `${kb} KB ${result.cpuMsPerMb[kind][kb].toFixed(0)}`).join(', ');
    console.log(`${kind}: CPU ms per MB: ${row}; ${GROWTH_SIZES_KB.at(-1)} KB / ${GROWTH_SIZES_KB[0]} KB = ${result[`${kind}Ratio`].toFixed(2)}`);
  }
}
