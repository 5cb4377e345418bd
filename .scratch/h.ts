import { readFileSync } from 'node:fs';
import { readHtml } from '../src/read/html.js';
for (const f of ['plan.html', 'plan-gbk.html', 'plan-big5.html']) {
  const r = await readHtml(readFileSync('fixtures/html/' + f), { fileName: f });
  console.log(f, r.encoding, JSON.stringify(r.directives));
  for (const b of r.blocks) {
    console.log(b.kind, b.level ?? '', JSON.stringify(b.loc), JSON.stringify(b.text));
    if (b.rows) for (const row of b.rows) console.log('   ', JSON.stringify(row.map(c => [c.text, c.loc.line + ':' + c.loc.column, c.merged ? 'M' : ''])));
  }
}
