import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { parseBytes } from '../../src/parse.js';
import { SHAPES, type Shape } from './shapes.js';

/**
 * Issue 11: each pathological shape costs time linear in its size. Ten times
 * the text may cost at most ~15 times the CPU (generous: garbage collection
 * and a cold branch or two are not linear either), where a quadratic path
 * costs a hundred times. CPU time of this process (vitest runs each file in a
 * process of its own); absolute figures belong to `npm run bench`.
 */
const MAX_GROWTH = 15;
/** Below this the smaller run is mostly timer noise and warm-up: the ratio is taken from here. */
const NOISE_FLOOR_MICROS = 50_000;

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

async function run(shape: Shape, bytes: number) {
  const text = shape.make(bytes);
  const started = cpuMicros();
  const parsed = await parseBytes(Buffer.from(text), shape.file);
  lint(parsed, { lang: 'en', asOf: '2026-01-01' });
  return { parsed, micros: cpuMicros() - started };
}

describe('pathological shapes: parse + lint time linear in the size', () => {
  it.each(SHAPES.map((shape) => [shape.name, shape] as const))('%s', async (_name, shape) => {
    const largest = shape.largest ?? 1_000_000;
    // Each size once, smallest first (extraction memoises owner values: a second run of one text costs less),
    // each checked against the one before it, so that a quadratic path fails at 100 KB instead of grinding through 1 MB.
    let previous: { bytes: number; micros: number } | null = null;
    for (const bytes of [10_000, largest / 10, largest]) {
      const { parsed, micros } = await run(shape, bytes);
      expect(parsed.document.errors).toEqual([]);
      expect(parsed.document.tasks.length).toBeGreaterThan(0);
      if (previous) {
        const growth = micros / Math.max(previous.micros, NOISE_FLOOR_MICROS);
        const allowed = (MAX_GROWTH * bytes) / previous.bytes / 10;
        const figures = `${(previous.micros / 1000).toFixed(0)} ms at ${previous.bytes / 1000} KB, ${(micros / 1000).toFixed(0)} ms at ${bytes / 1000} KB`;
        expect(growth, figures).toBeLessThanOrEqual(allowed);
      }
      previous = { bytes, micros };
    }
    // The size the issue measured, when the growth was taken at others.
    if (largest !== 1_000_000) expect((await run(shape, 100_000)).parsed.document.tasks.length).toBeGreaterThan(0);
  });
});
