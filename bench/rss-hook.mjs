// Loaded with `node --import` by the bench: reports the process's peak resident memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nplanlint-bench maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
