import { setFlagsFromString } from 'node:v8';
import { VERSION } from '../version.js';

// `planlint --version` answers before the argument parser loads: scripts call it to probe for planlint.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // The main thread of a batch passes each file's outcome on in input order. V8 doubles a young
  // generation whose objects keep surviving, so a run twice as long peaked ~15 MB higher for
  // nothing: the young generation keeps its size (workers have their own limits, run/pool.ts).
  setFlagsFromString('--semi-space-growth-factor=1');
  const { runCli } = await import('./main.js');
  await runCli();
}
