// Floor 2: a trivial line scanner — read, decode, split into lines, test each
// line for a numbering label and a field label, count them. What any
// line-oriented checker must at least do.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const decoder = new TextDecoder();
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、])/;
const FIELD = /(?:责任单位|牵头单位|完成时限)[:：]/;
let numbered = 0;
let fields = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir)) {
    for (const line of decoder.decode(readFileSync(join(dir, name))).split('\n')) {
      if (NUMBERED.test(line)) numbered++;
      if (FIELD.test(line)) fields++;
    }
  }
}
process.stdout.write(`${numbered} ${fields}\n`);
