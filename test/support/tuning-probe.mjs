// Run by test/cli/v8-tuning.test.ts under `node --import tsx --trace-opt`: tunes V8 as
// the arguments say, then makes one small function hot, so that V8's trace shows
// whether TurboFan compiled it. Arguments: "allowed" or "not-allowed", then the batch's files.
import { allowV8Tuning, tuneCompilerForBatch } from '../../src/cli/v8-tuning.ts';

const [permission, files] = process.argv.slice(2);
if (permission === 'allowed') allowV8Tuning();
if (Number(files) > 0) tuneCompilerForBatch(Number(files), 1);

function hot(x) {
  let sum = 0;
  for (let i = 0; i < 200; i++) sum += (x * i) % 7;
  return sum;
}
let total = 0;
for (let k = 0; k < 300_000; k++) total += hot(k);
process.stdout.write(`${total > 0}\n`);
