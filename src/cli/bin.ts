import { VERSION } from '../version.js';

// `planlint --version` answers before the argument parser loads: scripts call it to probe for planlint.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { runCli } = await import('./main.js');
  await runCli();
}
