// remark-parse alone: the Markdown parser planlint builds on, parsing every
// file of the folders given into its tree and nothing more (planlint adds GFM tables).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);
let nodes = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir)) nodes += processor.parse(readFileSync(join(dir, name), 'utf8')).children.length;
}
process.stdout.write(`${nodes}\n`);
