// Build: the library with tsc (JavaScript + .d.ts in dist/), and the CLI as one
// esbuild bundle (dist/cli/) so that `planlint` starts fast: cold start is
// mostly module loading, and readers for other formats load only when needed.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * commander requires node:child_process at load time, only to spawn stand-alone
 * subcommand executables, which planlint has none of. Loading it (and net,
 * dgram with it) costs several milliseconds of every start, so commander gets
 * a stand-in that requires the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'planlint' } : undefined));
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'planlint' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// `--no-check` emits without type checking: `npm test` checks the sources and the tests together right after.
const check = !process.argv.includes('--no-check');
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', ...(check ? [] : ['--noCheck'])], { stdio: 'inherit' });
await build({
  // The run pool's worker is an entry of its own: src/run/pool.ts finds it beside the bundle.
  entryPoints: { planlint: 'src/cli/bin.ts', 'run-worker': 'src/run/worker.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: { js: "import { createRequire as __planlintRequire } from 'node:module'; const require = __planlintRequire(import.meta.url);" },
  plugins: [lazyChildProcess],
  legalComments: 'none',
  logLevel: 'warning',
});
