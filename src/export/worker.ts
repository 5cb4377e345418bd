import { parentPort, workerData } from 'node:worker_threads';
import { exportFile, type ExportSettings } from './job.js';
import type { WorkerBatch, WorkerResult } from './pool.js';

/**
 * The export pool's worker (built as dist/cli/export-worker.mjs): exports
 * the files of each batch it is sent, one after another, and posts each
 * file's outcome as soon as it is done.
 */
const settings = workerData as ExportSettings;
const port = parentPort!;
let queue = Promise.resolve();

port.on('message', (batch: WorkerBatch) => {
  queue = queue.then(async () => {
    for (const [k, item] of batch.items.entries()) {
      port.postMessage({ index: batch.indices[k], outcome: await exportFile(item, settings) } satisfies WorkerResult);
    }
  });
});
