// The run pool's worker run from its TypeScript source under tsx, as the
// built CLI runs its bundled copy (a worker's --import does not reach its own entry module).
import { register } from 'tsx/esm/api';

register();
await import('../../src/run/worker.ts');
