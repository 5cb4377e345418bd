// A corpus of plan files made from the seed documents with variation: years
// shifted, quantities scaled, sections of two seeds joined, so that no two files
// are the same and sizes spread like real plans (5–40 KB).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** A small deterministic generator, so every bench run measures the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function vary(text, rand) {
  const shift = Math.floor(rand() * 6);
  const scale = 1 + Math.floor(rand() * 9);
  return text
    .replace(/(20[0-2]\d)(?=年|\.|-|〕)/g, (y) => String(Number(y) + shift))
    .replace(/(\d+)(?=(?:万|萬)?(?:册|场|家|人次|人|个|元|平方米))/g, (n) => String(Number(n) * scale));
}

export function makeCorpus(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  const rand = random(20261122);
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const first = seeds[k % seeds.length];
    const second = rand() < 0.3 ? `\n附件${1 + (k % 3)}\n${seeds[Math.floor(rand() * seeds.length)]}` : '';
    const text = `${vary(first, rand)}${vary(second, rand)}\n`;
    const file = join(dir, `plan-${String(k).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
