// A pool worker with a bug: it dies (an uncaught exception) on any file whose
// name contains "crash", as a reader bug might, and never ends on one whose name
// contains "endless"; every other file it exports
// as the real worker does.
import { register } from 'tsx/esm/api';
import { parentPort, workerData } from 'node:worker_threads';

register();
const { runFile } = await import('../../src/run/job.ts');
let queue = Promise.resolve();
parentPort.on('message', (batch) => {
  queue = queue.then(async () => {
    for (const [k, item] of batch.items.entries()) {
      // A file the readers never finish with: only the pool's time budget can stop it.
      if (item.name.includes('endless')) for (;;);
      // A file that needs more memory than any limit, as a hostile spreadsheet does in SheetJS.
      if (item.name.includes('hungry')) for (const hoard = []; ; ) hoard.push(new Array(1e5).fill(hoard.length));
      if (item.name.includes('crash')) {
        setImmediate(() => {
          throw new Error(`reader bug on ${item.name}`);
        });
        return new Promise(() => {});
      }
      parentPort.postMessage({ index: batch.indices[k], outcome: await runFile(item, workerData) });
    }
  });
});
parentPort.postMessage({ ready: true });
