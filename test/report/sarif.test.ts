import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, NO_OWNER_LINE, PLANS, ROOT, ensureBuilt, lint, lintInProcess, planlintInProcess, removeWorkspace, workspace } from '../support/cli.js';
import { SEEDS } from '../support/seeds.js';

/**
 * Issue 2: SARIF output validates against the official SARIF 2.1.0 schema
 * (fixtures/sarif, see its README), with stable rule ids, rule indexes that
 * point at their rule, relative URIs and partial fingerprints.
 */

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number } } }>;
  partialFingerprints: Record<string, string>;
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; name: string; defaultConfiguration: { level: string } }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string }; locations: SarifResult['locations'] }> }>;
    results: SarifResult[];
  }>;
}

const schema = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
// The official schema's run.language pattern has a stray "]" that is a syntax
// error under the regex `u` flag Ajv uses by default; without it, it is valid.
const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
addFormats(ajv);
const validate = ajv.compile(schema);

function validSarif(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message}`);
}

const SEED_FILES = SEEDS.map((seed) => `fixtures/${seed}.txt`);
const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
const FINGERPRINT = 'planlintFingerprint/v1';

type SarifRun = { code: number | null; log: SarifLog; stderr: string };

const sarifOf = (run: CliResult): SarifRun => ({ code: run.code, log: JSON.parse(run.stdout) as SarifLog, stderr: run.stderr });
const sarifArgs = (args: string[]) => [...args, '--format', 'sarif', '--lang', 'en'];

/** The CLI in this process. */
async function lintSarif(args: string[], cwd = ROOT): Promise<SarifRun> {
  return sarifOf(await lintInProcess(sarifArgs(args), { cwd }));
}

describe('the SARIF schema fixture', () => {
  it('is the official 2.1.0 schema, complete', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json');
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    for (const name of ['run', 'result', 'reportingDescriptor', 'artifactLocation', 'notification', 'webResponse']) expect(schema.definitions).toHaveProperty(name);
  });

  it('rejects logs that break it (so a pass means something)', () => {
    const minimal = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] };
    expect(validSarif(minimal)).toEqual([]);
    expect(validSarif({ ...minimal, version: '2.0.0' })).not.toEqual([]);
    expect(validSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] })).not.toEqual([]);
    const rawUri = { physicalLocation: { artifactLocation: { uri: '工作 方案.txt' } } };
    expect(validSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [rawUri] }] }] })).not.toEqual([]);
    expect(validSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] })).not.toEqual([]);
  });
});

describe('planlint --format sarif on the seeds', () => {
  let first: SarifRun;
  /** A second run, by the built CLI in a process of its own. */
  let second: SarifRun;
  let json: { documents: Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string; loc?: { line?: number } }> }> };
  let ruleIds: string[];

  beforeAll(async () => {
    ensureBuilt();
    first = await lintSarif(SEED_FILES);
    second = sarifOf(lint(sarifArgs(SEED_FILES)));
    json = JSON.parse((await lintInProcess([...SEED_FILES, '--format', 'json', '--lang', 'en'])).stdout);
    ruleIds = (JSON.parse((await planlintInProcess(['rules', '--format', 'json'])).stdout) as Array<{ id: string }>).map((r) => r.id);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(first.log.version).toBe('2.1.0');
    expect(validSarif(first.log)).toEqual([]);
  });

  it('has one result per diagnostic, with the same rule and level, and the lint exit code', () => {
    const diagnostics = json.documents.flatMap((d) => d.diagnostics);
    const results = first.log.runs[0].results;
    expect(results.length).toBe(diagnostics.length);
    expect(results.length).toBeGreaterThan(10);
    const key = (ruleId: string, level: string) => `${ruleId} ${level}`;
    expect(results.map((r) => key(r.ruleId, r.level)).sort()).toEqual(diagnostics.map((d) => key(d.ruleId, LEVEL[d.severity])).sort());
    expect(first.code).toBe(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
  });

  it('describes the rules that ran under stable ids, in registry order', () => {
    const rules = first.log.runs[0].tool.driver.rules;
    expect(first.log.runs[0].tool.driver.name).toBe('planlint');
    expect(rules.map((r) => r.id)).toEqual(ruleIds);
    expect(second.log.runs[0].tool.driver.rules.map((r) => r.id)).toEqual(ruleIds);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('gives every result a ruleIndex that points at its rule', () => {
    const rules = first.log.runs[0].tool.driver.rules;
    for (const result of first.log.runs[0].results) {
      expect(Number.isInteger(result.ruleIndex)).toBe(true);
      expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
    }
  });

  it('locates results by relative URIs under %SRCROOT%, with line numbers', () => {
    const run = first.log.runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(ROOT).href.replace(/\/?$/, '/'));
    const uris = new Set<string>();
    for (const result of run.results) {
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(artifactLocation.uri).not.toMatch(/^[a-z]+:|^\//i);
      uris.add(artifactLocation.uri);
      expect(region?.startLine).toBeGreaterThan(0);
    }
    expect([...uris].sort()).toEqual(json.documents.filter((d) => d.diagnostics.length > 0).map((d) => d.file).sort());
    for (const uri of uris) expect(SEED_FILES).toContain(uri);
  });

  it('fingerprints every result, the same on a second run', () => {
    const prints = (log: SarifLog) => log.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT]);
    for (const print of prints(first.log)) expect(print).toMatch(/^[0-9a-f]{32}$/);
    expect(prints(second.log)).toEqual(prints(first.log));
    // Different findings are told apart.
    expect(new Set(prints(first.log)).size).toBeGreaterThan(first.log.runs[0].results.length * 0.9);
  });
});

describe('planlint --format sarif on a crafted plan', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace({ 'plan.txt': PLANS.noOwner, 'moved/plan.txt': `\n\n\n${PLANS.noOwner}`, 'empty.txt': '', '工作 方案.txt': PLANS.noOwner });
  });
  afterAll(() => removeWorkspace(dir));

  it('keeps a finding’s fingerprint when the lines above it move', async () => {
    const before = (await lintSarif(['plan.txt'], dir)).log.runs[0].results;
    const after = (await lintSarif(['plan.txt'], join(dir, 'moved'))).log.runs[0].results;
    expect(before.map((r) => r.ruleId)).toEqual(['missing-owner']);
    expect(after.map((r) => r.ruleId)).toEqual(['missing-owner']);
    expect(before[0].locations[0].physicalLocation.region?.startLine).toBe(NO_OWNER_LINE);
    expect(after[0].locations[0].physicalLocation.region?.startLine).toBe(NO_OWNER_LINE + 3);
    expect(after[0].partialFingerprints[FINGERPRINT]).toBe(before[0].partialFingerprints[FINGERPRINT]);
  });

  it('reports a file that cannot be read as an error notification, still valid SARIF, exit code 2', async () => {
    const { code, log, stderr } = await lintSarif(['empty.txt', 'plan.txt'], dir);
    expect(code).toBe(2);
    expect(validSarif(log)).toEqual([]);
    const notifications = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notifications).toHaveLength(1);
    expect(notifications[0].level).toBe('error');
    expect(notifications[0].message.text).toMatch(/^empty\.txt: .*empty/);
    expect(notifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('empty.txt');
    // The readable file is still reported.
    expect(log.runs[0].results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([['missing-owner', 'plan.txt']]);
    expect(stderr).toMatch(/^empty\.txt: .*empty/m);
  });

  it('percent-encodes file names that are not plain ASCII, so the URI is valid', async () => {
    const { log } = await lintSarif(['工作 方案.txt'], dir);
    expect(validSarif(log)).toEqual([]);
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe(encodeURIComponent('工作 方案.txt'));
    expect(decodeURIComponent(uri)).toBe('工作 方案.txt');
  });
});
