import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/cli/rules.js';
import { RULES } from '../../src/rules/index.js';
import { VERSION } from '../../src/version.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('embeds the rule table generated from the registry (run `npm run docs` after changing rules)', () => {
    const table = readme.slice(readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length, readme.indexOf('<!-- rules:end -->'));
    expect(table.trim()).toBe(rulesMarkdown().trim());
    for (const rule of RULES) expect(table).toContain(`\`${rule.id}\``);
  });

  it('opens with the command that lints the fixtures and the command that runs the tests', () => {
    const firstBlock = readme.slice(readme.indexOf('```sh') + 5, readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toContain('node bin/planlint.js fixtures');
    expect(firstBlock).toContain('npm test');
  });

  it('names the version package.json has', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(readme).toContain(`planlint ${VERSION}`);
  });
});
