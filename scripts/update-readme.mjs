// npm run docs: refresh the README's rule table from the rule registry
// (the built library), so the table is never written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../dist/cli/rules.js';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const readme = readFileSync('README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync('README.md', `${before}\n${rulesMarkdown()}${after}`);
