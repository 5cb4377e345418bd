import { stat } from 'node:fs/promises';
import type { Lang } from '../i18n/format.js';
import { say } from '../report/context.js';
import { fileIdentity, outputTarget, type OutputTarget } from './output.js';
import { UsageError } from './shared.js';

/**
 * The outputs of a command, checked before any input is read: none may be
 * one of the inputs — by the same name, another path, a symbolic or a hard
 * link (device and inode tell) — and none a folder, a block device or a
 * socket. Each path is looked at once, so thousands of outputs cost
 * thousands of stat calls, not outputs × inputs.
 */
export async function guardOutputs(
  outputs: readonly string[],
  inputs: readonly string[],
  lang: Lang,
  shown: (path: string) => string,
): Promise<OutputTarget[]> {
  const targets = await Promise.all(outputs.map(outputTarget));
  const refused = targets.findIndex((t) => t.how === 'refuse');
  if (refused >= 0) throw new UsageError(say({ lang }, 'outputNotAFile', { file: shown(outputs[refused]) }));
  // Only an output that exists can be an input: a fresh output folder needs no look at the inputs.
  if (targets.every((t) => t.identity === null)) return targets;
  const inputIdentities = new Set((await Promise.all(inputs.map((input) => stat(input).catch(() => null)))).flatMap((info) => (info ? [fileIdentity(info)] : [])));
  const clash = targets.findIndex((t) => t.identity !== null && inputIdentities.has(t.identity));
  if (clash >= 0) throw new UsageError(say({ lang }, 'outputIsInput', { file: shown(outputs[clash]) }));
  return targets;
}
