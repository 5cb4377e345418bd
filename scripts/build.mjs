// Build: the library with tsc (JavaScript + .d.ts in dist/), and the CLI as one
// esbuild bundle (dist/cli/) so that `planlint` starts fast: cold start is
// mostly module loading, and readers for other formats load only when needed.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const REQUIRE_BANNER = "import { createRequire as __planlintRequire } from 'node:module'; const require = __planlintRequire(import.meta.url);";

// `--no-check` emits without type checking: `npm test` checks the sources and the tests together right after.
const check = !process.argv.includes('--no-check');
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', ...(check ? [] : ['--noCheck'])], { stdio: 'inherit' });
const { metafile } = await build({
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
  banner: { js: REQUIRE_BANNER },
  plugins: [lazyChildProcess],
  legalComments: 'none',
  metafile: true,
  // No comments: a comment in Chinese made its whole chunk non-ASCII (see asciiOnly), and the bundle is a fifth smaller.
  minifyWhitespace: true,
  logLevel: 'warning',
});

/**
 * Every chunk pure ASCII: Node decodes an ASCII file on a fast path and V8
 * keeps and scans its source one byte a character; one Chinese character
 * (esbuild leaves them in regular expressions) makes the whole chunk two
 * bytes a character. A character becomes its \u escape, which means the same
 * in a regular expression, a string, a template or a name; an identity
 * escape before it (\（) becomes the \u escape alone.
 */
function asciiOnly(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const code = `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + code;
  });
}

/**
 * The banner's `require` serves bundled CommonJS code, which esbuild's
 * runtime chunk calls it for; a chunk that never names `require` drops the
 * banner, as createRequire costs a little at the start of every chunk loaded.
 */
function withoutUnusedRequire(text) {
  const rest = text.startsWith(REQUIRE_BANNER) ? text.slice(REQUIRE_BANNER.length) : null;
  return rest !== null && !/\brequire\b/.test(rest) ? rest.replace(/^\n/, '') : text;
}

for (const entry of readdirSync('dist/cli', { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.mjs')) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  const text = readFileSync(path, 'utf8');
  const finished = withoutUnusedRequire(asciiOnly(text));
  if (finished !== text) writeFileSync(path, finished);
}

// What each chunk holds (its source modules), for the start-up tests and for anyone asking why a command loads a file.
const holds = Object.fromEntries(Object.entries(metafile.outputs).map(([path, output]) => [path.replace(/^dist\/cli\//, ''), Object.keys(output.inputs)]));
writeFileSync('dist/cli/chunks.json', `${JSON.stringify(holds, null, 1)}\n`);
