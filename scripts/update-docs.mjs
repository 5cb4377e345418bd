// npm run docs: everything generated from the rule registry (the built
// library), so none of it is written by hand: the README's rule table, a
// page per rule in docs/rules/ and the config's JSON Schema in schema/.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedDocs } from '../dist/cli/rule-docs.js';
import { rulesMarkdown } from '../dist/cli/rules.js';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const readme = readFileSync('README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync('README.md', `${before}\n${rulesMarkdown()}${after}`);

const docs = await generatedDocs('.');
// A page whose rule is gone goes with it.
for (const name of readdirSync('docs/rules', { withFileTypes: true }).filter((e) => e.isFile()).map((e) => `docs/rules/${e.name}`)) {
  if (!docs.some((doc) => doc.path === name)) rmSync(name);
}
for (const { path, text } of docs) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
