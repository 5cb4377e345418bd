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

  it('gives a CI recipe that works without a published package: the repository’s action, built by prepare', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toBe(pkg.scripts.build);
    expect(readme).not.toMatch(/npx planlint/);
    expect(readme).toContain('npm install -g .');
    const workflow = readme.slice(readme.indexOf('```yaml'), readme.indexOf('```', readme.indexOf('```yaml') + 7));
    expect(workflow.match(/uses: OWNER\/planlint@main/g)).toHaveLength(2);
    const action = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(action).toMatch(/using: composite/);
    expect(action).toContain(`${'${{'} github.action_path }}/bin/planlint.js`);
    for (const input of [...workflow.matchAll(/with: \{ ([^}]*) \}/g)].flatMap((m) => m[1].split(',').map((kv) => kv.split(':')[0].trim()))) {
      if (input !== 'sarif_file') expect(action, input).toContain(`  ${input}:`);
    }
  });
});
