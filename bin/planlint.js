#!/usr/bin/env node
// The launcher: loads the bundled CLI built by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/planlint.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('planlint: not built yet — run `npm run build` in the planlint folder\n');
  process.exit(2);
}
await import(bundle.href);
