// The bench's documents, made from the bundled fixtures (the five seeds and the
// 49 real plans of the corpus) with variation: years shifted, quantities
// scaled, two documents joined as a plan and its 附件, so that no two files are
// the same and sizes spread like real plans (2–40 KB). Half of them can be
// written as Markdown (headings for the numbered levels, GFM tables for
// tab-separated rows), the way a plan kept in a repository looks.
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
    .replace(/(\d+)(?=(?:万|萬)?(?:册|场|家|人次|人|个|元|平方米|公里|亩|所|户))/g, (n) => String(Number(n) * scale));
}

function sources() {
  const seeds = readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => join(FIXTURES, f));
  const corpusDir = join(FIXTURES, 'corpus', 'docs');
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpusDir, f));
  return [...seeds, ...corpus].map((path) => readFileSync(path, 'utf8'));
}

const LEVEL_ONE = /^[一二三四五六七八九十]+、/;
const LEVEL_TWO = /^（[一二三四五六七八九十]+）/;

/** The text as a clerk would keep it in Markdown: numbered headings, paragraphs, tables. */
export function toMarkdown(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].trim();
    if (line === '') continue;
    if (lines[k].includes('\t')) {
      const rows = [];
      while (k < lines.length && lines[k].includes('\t')) rows.push(lines[k++].split('\t').map((cell) => cell.trim().replace(/\|/g, '\\|')));
      k--;
      const width = Math.max(...rows.map((row) => row.length));
      const pad = (row) => `| ${[...row, ...Array(width - row.length).fill('')].join(' | ')} |`;
      out.push([pad(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(pad)].join('\n'));
    } else if (LEVEL_ONE.test(line)) out.push(`## ${line}`);
    else if (LEVEL_TWO.test(line)) out.push(`### ${line}`);
    else out.push(line);
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * `count` plan files in `dir`; with `markdownShare` 0.5 every other one is
 * Markdown. Returns the bytes of each half.
 */
export function makeCorpus(dir, count, { markdownShare = 0 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = sources();
  const rand = random(20261122);
  const bytes = { txt: 0, md: 0 };
  for (let k = 0; k < count; k++) {
    const first = texts[k % texts.length];
    const second = rand() < 0.3 ? `\n附件${1 + (k % 3)}\n${texts[Math.floor(rand() * texts.length)]}` : '';
    const text = `${vary(first, rand)}${vary(second, rand)}\n`;
    const markdown = markdownShare > 0 && (k % Math.round(1 / markdownShare)) === 1;
    const body = markdown ? toMarkdown(text) : text;
    writeFileSync(join(dir, `plan-${String(k).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`), body);
    bytes[markdown ? 'md' : 'txt'] += Buffer.byteLength(body);
  }
  return { files: count, bytes: bytes.txt + bytes.md, txtBytes: bytes.txt, mdBytes: bytes.md };
}

/**
 * Documents of about `size` bytes whose content never repeats: varied plans
 * joined as numbered 附件 until the size is reached. Enough of them to make
 * `total` bytes, so that every size is measured on the same amount of text.
 */
export function makeSizedTexts(size, total, seed) {
  const texts = sources();
  const rand = random(seed);
  const documents = [];
  let made = 0;
  let next = 0;
  while (made < total) {
    let text = '';
    let bytes = 0;
    for (let part = 1; bytes < size; part++) {
      const source = vary(texts[next++ % texts.length], rand);
      const piece = part === 1 ? source : `\n附件${part - 1}\n${source}`;
      text += piece;
      bytes += Buffer.byteLength(piece);
    }
    documents.push(text);
    made += bytes;
  }
  return documents;
}
