import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { prepareDocs } from '../../src/read/doc-batch.js';
import { NO_SOFFICE_WARNING, readDoc } from '../../src/read/doc.js';
import { releaseSofficeProfile } from '../../src/read/doc-soffice.js';

const fixturePath = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

describe('prepareDocs with a fake soffice on PATH', () => {
  const work = mkdtempSync(join(tmpdir(), 'planlint-test-doc-batch-'));
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /**
   * A soffice that logs each start (its pid and arguments, one line) and
   * "converts" its inputs in order by copying 003.docx; an input holding
   * PLANLINT-HANG hangs it, PLANLINT-SLOW takes half a second, and one holding
   * PLANLINT-BROKEN is skipped with an error.
   */
  function fakeSoffice(name: string): { dir: string; starts: () => string[][] } {
    const dir = join(work, name);
    const log = join(dir, 'starts.log');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'soffice'),
      [
        '#!/bin/sh',
        'PATH=/usr/bin:/bin',
        `printf '%s\\t' "$$" "$@" >> '${log}'; echo >> '${log}'`,
        'OUTDIR=""; prev=""',
        'for a in "$@"; do [ "$prev" = "--outdir" ] && OUTDIR="$a"; prev="$a"; done',
        'mkdir -p "$OUTDIR"; prev=""',
        'for a in "$@"; do',
        '  case "$prev" in --outdir|--convert-to) prev="$a"; continue;; esac',
        '  prev="$a"',
        '  case "$a" in -*) continue;; esac',
        '  if grep -q PLANLINT-HANG "$a"; then sleep 30; fi',
        '  if grep -q PLANLINT-SLOW "$a"; then sleep 0.5; fi',
        '  if grep -q PLANLINT-BROKEN "$a"; then echo "Error: source file could not be loaded" >&2; continue; fi',
        `  cp '${fixturePath('formats/003.docx')}' "$OUTDIR/$(basename "$a" .doc).docx"`,
        'done',
      ].join('\n'),
    );
    chmodSync(join(dir, 'soffice'), 0o755);
    process.env.PATH = dir;
    const starts = () => {
      try {
        return readFileSync(log, 'utf8').trim().split('\n').map((line) => line.replace(/\t$/, '').split('\t'));
      } catch {
        return [];
      }
    };
    return { dir, starts };
  }

  /** A real .doc with a tag after its end, so that each file's bytes differ (and can carry a marker for the fake). */
  function docFile(dir: string, name: string, base: '000' | '003', tag: string): string {
    const path = join(dir, name);
    writeFileSync(path, Buffer.concat([readFileSync(fixturePath(`formats/${base}.doc`)), Buffer.from(`${tag}-${name}-${dir}`)]));
    return path;
  }
  const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
  const inputsOf = (start: string[]) => start.slice(start.indexOf('--outdir') + 2);
  const profileOf = (start: string[]) => start.find((a) => a.startsWith('-env:UserInstallation='));

  it('converts every .doc among the paths in one start (copies once), passes over the rest, and readDoc then starts nothing', async () => {
    const fake = fakeSoffice('one-start');
    const docs = ['a.doc', 'b.DOC', 'c.doc'].map((name) => docFile(fake.dir, name, '003', 'plain'));
    const text = join(fake.dir, 'notes.txt');
    writeFileSync(text, '一、工作目标\n');
    const textNamedDoc = join(fake.dir, 'text.doc');
    writeFileSync(textNamedDoc, '一、工作目标\n');
    const copy = join(fake.dir, 'copy of a.doc');
    writeFileSync(copy, readFileSync(docs[0]));
    const outcomes = await prepareDocs([docs[0], text, docs[1], join(fake.dir, 'missing.doc'), textNamedDoc, docs[2], docs[0], copy]);
    expect(Object.fromEntries(outcomes)).toEqual(Object.fromEntries([...docs, copy].map((path) => [path, { ok: true }])));
    const starts = fake.starts();
    expect(starts).toHaveLength(1);
    expect(inputsOf(starts[0]).map((p) => p.split('/').pop())).toEqual(['1.doc', '2.doc', '3.doc']);
    expect(starts[0]).toContain('--headless');

    for (const path of docs) {
      const result = await readDoc(bytesOf(path), { fileName: path });
      expect(result.warnings).toEqual([]);
      expect(result.blocks.find((b) => b.kind === 'table')!.rows![3][0]).toMatchObject({ text: '1', merged: true });
    }
    expect(fake.starts()).toHaveLength(1);
  });

  it('starts LibreOffice once per batchSize files, with one profile for all starts, and converts a prepared file only once', async () => {
    const fake = fakeSoffice('batches');
    const docs = ['1', '2', '3', '4', '5'].map((n) => docFile(fake.dir, `${n}.doc`, '003', 'batch'));
    await prepareDocs(docs, { batchSize: 2 });
    await prepareDocs([...docs, docFile(fake.dir, '6.doc', '003', 'batch')], { batchSize: 2 });
    const starts = fake.starts();
    expect(starts.map((s) => inputsOf(s).length)).toEqual([2, 2, 1, 1]);
    expect(new Set(starts.map(profileOf)).size).toBe(1);
    expect(profileOf(starts[0])).toContain(`planlint-soffice-${process.pid}-`);
  });

  it('a file LibreOffice cannot load fails alone, and readDoc reads it as text saying why', async () => {
    const fake = fakeSoffice('broken');
    const good = docFile(fake.dir, 'good.doc', '003', 'ok');
    const broken = docFile(fake.dir, 'broken.doc', '000', 'PLANLINT-BROKEN');
    const outcomes = await prepareDocs([broken, good]);
    expect(outcomes.get(good)).toEqual({ ok: true });
    expect(outcomes.get(broken)).toEqual({ ok: false, reason: 'LibreOffice wrote no .docx' });
    const result = await readDoc(bytesOf(broken), { fileName: broken });
    expect(result.warnings).toEqual(['LibreOffice could not convert the file (LibreOffice wrote no .docx); it was read as plain text instead', NO_SOFFICE_WARNING]);
    expect(result.blocks.map((b) => b.text)).toContain('工作目标');
    expect(fake.starts()).toHaveLength(1);
  });

  it('a file that hangs its batch: the batch is killed when no file comes within the limit, and the files it had not reached are converted one per start', async () => {
    const fake = fakeSoffice('hangs');
    const [a, hang, c, d] = [
      docFile(fake.dir, 'a.doc', '003', 'ok'),
      docFile(fake.dir, 'hang.doc', '003', 'PLANLINT-HANG'),
      docFile(fake.dir, 'c.doc', '003', 'ok'),
      docFile(fake.dir, 'd.doc', '003', 'ok'),
    ];
    const outcomes = await prepareDocs([a, hang, c, d], { timeoutMs: 2000, perFileTimeoutMs: 1000 });
    expect([...outcomes]).toEqual([
      [a, { ok: true }],
      [hang, { ok: false, reason: 'timed out after 2 s' }],
      [c, { ok: true }],
      [d, { ok: true }],
    ]);
    const starts = fake.starts();
    const names = starts.map((s) => inputsOf(s).map((p) => p.split('/').pop()));
    expect(names).toEqual([['1.doc', '2.doc', '3.doc', '4.doc'], ['2.doc'], ['3.doc'], ['4.doc']]);
    // A killed run may leave its profile half-written: the next start gets a new one.
    expect(profileOf(starts[1])).not.toBe(profileOf(starts[0]));
    expect(profileOf(starts[2])).not.toBe(profileOf(starts[1]));
    expect(profileOf(starts[3])).toBe(profileOf(starts[2]));
    for (const [pid] of starts.slice(0, 2)) expect(() => process.kill(Number(pid), 0)).toThrow();
    // The inputs' temp folder is gone.
    expect(existsSync(join(inputsOf(starts[0])[0], '..'))).toBe(false);
  });

  it('limits the time per file, not per batch: a batch slower in all than one limit goes through in one start', async () => {
    const fake = fakeSoffice('slow');
    const docs = ['1', '2', '3', '4'].map((n) => docFile(fake.dir, `${n}.doc`, '003', 'PLANLINT-SLOW'));
    const outcomes = await prepareDocs(docs, { timeoutMs: 1500, perFileTimeoutMs: 1500 });
    expect([...outcomes.values()]).toEqual(docs.map(() => ({ ok: true })));
    expect(fake.starts()).toHaveLength(1);
  });

  it("releases the worker's profile on request, and a new profile sweeps away those of processes that are gone", async () => {
    const fake = fakeSoffice('sweep');
    await prepareDocs([docFile(fake.dir, 'a.doc', '003', 'sweep')]);
    const profile = profileOf(fake.starts()[0])!.replace('-env:UserInstallation=file://', '');
    expect(existsSync(profile)).toBe(true);
    await releaseSofficeProfile();
    expect(existsSync(profile)).toBe(false);

    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = mkdtempSync(join(tmpdir(), `planlint-soffice-${gone}-0-`));
    const alive = mkdtempSync(join(tmpdir(), `planlint-soffice-${process.ppid}-0-`));
    await prepareDocs([docFile(fake.dir, 'b.doc', '003', 'sweep')]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    rmSync(alive, { recursive: true });
  });

  it('says so for each file when it cannot make its temp folder, and keeps nothing', async () => {
    const fake = fakeSoffice('no-temp');
    const doc = docFile(fake.dir, 'a.doc', '003', 'no-temp');
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = join(work, 'no-such-folder');
    try {
      const outcomes = await prepareDocs([doc]);
      expect(outcomes.get(doc)).toMatchObject({ ok: false, reason: expect.stringMatching(/^LibreOffice could not be run: ENOENT/) });
    } finally {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
    expect(fake.starts()).toEqual([]);
    const result = await readDoc(bytesOf(doc), { fileName: doc });
    expect(result.warnings).toEqual([]);
    expect(fake.starts()).toHaveLength(1);
  });

  it('prepares nothing without LibreOffice', async () => {
    const dir = join(work, 'none');
    mkdirSync(dir);
    process.env.PATH = dir;
    expect(await prepareDocs([docFile(dir, 'a.doc', '000', 'none')])).toEqual(new Map());
  });
});
