// Floor 1: read and decode every file under the folders given, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const decoder = new TextDecoder();
let characters = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir)) characters += decoder.decode(readFileSync(join(dir, name))).length;
}
process.stdout.write(`${characters}\n`);
