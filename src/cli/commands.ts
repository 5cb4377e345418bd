/**
 * The commands, loaded together once the arguments are parsed (`--help` and
 * usage errors never load them). One module rather than one per command: the
 * bundle then splits the code they share into a few chunks instead of many,
 * and each chunk costs a trip through the module loader at every start.
 */
export { exportCommand } from './export.js';
export { initCommand } from './init.js';
export { lintCommand } from './lint.js';
export { rulesCommand } from './rules.js';
export { showCommand } from './show.js';
