import fc from 'fast-check';
import { it } from 'vitest';
import { readerProperty, TEST_RUNS } from './harness.js';

it('sheet reader: a model or a one-line file error for random and mutated input, never an exception', async () => {
  await fc.assert(readerProperty('sheet'), { numRuns: TEST_RUNS });
});
