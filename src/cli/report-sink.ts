import { openOutput, writeStdout, type OutputTarget } from './output.js';

/**
 * Where `lint` writes its report while the run goes on: stdout, or a temp
 * file renamed over the output once the report is whole (output.ts).
 */
export interface ReportSink {
  write(text: string): Promise<void>;
  /** The report is complete: flush it; an output file appears now. */
  finish(): Promise<void>;
  /** The run failed: an output file never appears. */
  abort(): Promise<void>;
}

/** Pieces are gathered up to this size: a write per clean file would be thousands of system calls. */
const WRITE_SIZE = 64 * 1024;

/**
 * `holdStdout`: keep what goes to stdout until finish — a progress bar is
 * drawn on the same terminal, and report lines written under it would be torn.
 */
export async function openReport(target: OutputTarget | null, options: { holdStdout: boolean }): Promise<ReportSink> {
  const file = target ? await openOutput(target) : null;
  let pending = '';
  const flush = async () => {
    const text = pending;
    pending = '';
    if (text) await (file ? file.write(text) : writeStdout(text));
  };
  const abort = async () => {
    pending = '';
    await file?.abort();
  };
  const hold = file === null && options.holdStdout;
  return {
    async write(text) {
      pending += text;
      if (!hold && pending.length >= WRITE_SIZE) await flush();
    },
    async finish() {
      try {
        await flush();
      } catch (error) {
        await abort();
        throw error;
      }
      await file?.commit();
    },
    abort,
  };
}
