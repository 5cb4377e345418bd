#!/usr/bin/env node
// The launcher: loads the bundled CLI built by `npm run build`.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/planlint.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('planlint: not built yet — run `npm run build` in the planlint folder\n');
  process.exit(2);
}
// Node 22.1+ keeps V8's compiled code between runs: most of a cold start is compiling the bundle.
module.enableCompileCache?.();
await import(bundle.href);
