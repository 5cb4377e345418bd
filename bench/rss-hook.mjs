// Loaded with `node --import` by the bench: reports the process's peak resident memory and
// CPU time (all its threads: workers, V8's compiler and GC threads) on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nplanlint-bench maxrss-kb=${usage.maxRSS} cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
