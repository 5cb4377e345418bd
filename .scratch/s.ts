import { readFileSync } from 'node:fs';
import { readSheet } from '../src/read/sheet.js';
for (const f of ['tasks.xlsx','tasks.xls','tasks.ods','tasks-gb18030.csv','tasks.tsv','encrypted.xlsx','filepass.xls']) {
  try {
  const r = await readSheet(readFileSync('fixtures/sheets/'+f), { fileName: f });
  console.log(f, r.encoding, r.warnings, r.blocks.map(b=>b.text));
  for (const row of r.blocks[0].rows!) console.log(JSON.stringify(row.map(c => [c.text.slice(0, 14), c.loc.cell, c.merged ? 'M' : ''])));
  console.log(JSON.stringify(r.blocks[1]));
  } catch (e) { console.log(f, e) }
}
