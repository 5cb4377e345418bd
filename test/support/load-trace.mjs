// Loaded with `node --import`: writes to LOAD_TRACE_FILE what the process loaded. With
// LOAD_TRACE_SOURCES=1, the files the module loader resolved (a loader hook, which runs on a
// thread of its own and so loads worker_threads itself); else Node's built-in modules, on exit.
import { appendFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';

const out = process.env.LOAD_TRACE_FILE;
writeFileSync(out, '');
if (process.env.LOAD_TRACE_SOURCES === '1') {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function resolve(specifier, context, next) {
        const resolved = await next(specifier, context);
        if (resolved.url.startsWith('file:')) appendFileSync(${JSON.stringify(out)}, resolved.url + '\\n');
        return resolved;
      }`)}`,
  );
} else {
  process.on('exit', () => {
    const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
    appendFileSync(out, `${builtins.join('\n')}\n`);
  });
}
