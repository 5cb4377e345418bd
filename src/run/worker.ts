import { parentPort, workerData } from 'node:worker_threads';
import { runFile, type RunSettings } from './job.js';
import type { WorkerBatch, WorkerReady, WorkerResult } from './pool.js';

/**
 * The pool's worker (built as dist/cli/run-worker.mjs): runs the files of
 * each batch it is sent, one after another, and posts each file's outcome
 * as soon as it is done.
 */
const settings = workerData as RunSettings;
const port = parentPort!;
let queue = Promise.resolve();

port.on('message', (batch: WorkerBatch) => {
  queue = queue.then(async () => {
    for (const [k, item] of batch.items.entries()) {
      port.postMessage({ index: batch.indices[k], outcome: await runFile(item, settings) } satisfies WorkerResult);
    }
  });
});
port.postMessage({ ready: true } satisfies WorkerReady);
