import { readFileSync } from 'node:fs';
import { readSheet } from '../src/read/sheet.js';
import { readMarkdown } from '../src/read/markdown.js';
for (const f of ['fixtures/formats/003.xlsx', 'fixtures/formats/003.csv']) {
  const r = await readSheet(readFileSync(f), { fileName: f });
  const b = r.blocks[0];
  console.log(f, r.encoding, r.blocks.length, b.text, b.loc, b.rows!.length, b.rows![0].length);
  for (const row of b.rows!.slice(0, 6)) console.log(JSON.stringify(row.map(c => [c.text.slice(0, 12), c.loc.cell, c.merged ? 'M' : ''])));
}
for (const f of ['fixtures/formats/003.md', 'fixtures/formats/004.md']) {
  const r = await readMarkdown(readFileSync(f), { fileName: f });
  console.log(f, r.blocks.length, r.blocks.map(b => b.kind + (b.level ?? '') + ' ' + JSON.stringify(b.loc) + ' ' + b.text.slice(0, 30)).slice(0, 40).join('\n'));
  const t = r.blocks.find(b => b.kind === 'table');
  if (t) { console.log(t.rows!.length); for (const row of t.rows!.slice(0, 8)) console.log(JSON.stringify(row.map(c => [c.text.slice(0, 12), c.loc]))); }
}
