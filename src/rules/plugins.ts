import { pathToFileURL } from 'node:url';

const loaded = new Map<string, Promise<unknown>>();

/**
 * What a plugin module exports as its rules (`rules`, or a default export's
 * `rules`), by the module's absolute path: imported once per thread, so an
 * export's workers pay for it on their first file only. The config checks
 * that it is an array of rules (user-rules.ts) when it is loaded.
 */
export function pluginRules(path: string): Promise<unknown> {
  let rules = loaded.get(path);
  if (!rules) {
    rules = import(pathToFileURL(path).href).then((module: { rules?: unknown; default?: { rules?: unknown } }) => module.rules ?? module.default?.rules);
    loaded.set(path, rules);
  }
  return rules;
}

/** The rules of every plugin of a checked config, in order. */
export async function rulesOfPlugins(paths: readonly string[]): Promise<unknown[]> {
  return (await Promise.all(paths.map(pluginRules))).flat();
}
