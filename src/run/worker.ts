import { parentPort, workerData } from 'node:worker_threads';
import { releaseSofficeProfile } from '../read/doc-soffice.js';
import { isLegacyDoc, prepareBatch, runFile, type RunSettings } from './job.js';
import type { WorkerBatch, WorkerClock, WorkerClose, WorkerResult } from './pool.js';

/**
 * The pool's worker (built as dist/cli/run-worker.mjs): runs the files of
 * each batch it is sent, one after another, and posts each file's outcome
 * as soon as it is done. A batch's .doc files are converted first, in one
 * LibreOffice start, with the pool's clock stopped meanwhile.
 */
const settings = workerData as RunSettings;
const port = parentPort!;
let queue = Promise.resolve();

port.on('message', (message: WorkerBatch | WorkerClose) => {
  if ('close' in message) {
    // The LibreOffice profile this thread used goes with it (a terminated thread runs no exit handlers).
    queue = queue.then(releaseSofficeProfile).finally(() => port.close());
    return;
  }
  queue = queue.then(async () => {
    if (message.items.some((item) => isLegacyDoc(item.path))) {
      port.postMessage({ preparing: true } satisfies WorkerClock);
      await prepareBatch(message.items, settings);
      port.postMessage({ ready: true } satisfies WorkerClock);
    }
    for (const [k, item] of message.items.entries()) {
      port.postMessage({ index: message.indices[k], outcome: await runFile(item, settings) } satisfies WorkerResult);
    }
  });
});
port.postMessage({ ready: true } satisfies WorkerClock);
