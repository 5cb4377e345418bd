import { describe, expect, it } from 'vitest';
import { readDocText } from '../../src/read/doc.js';
import { fixture, measured } from './hostile.js';

/** A copy of a real .doc with `patch` applied to its bytes through a DataView. */
function patched(patch: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const bytes = fixture('formats/000.doc').slice();
  patch(new DataView(bytes.buffer), bytes);
  return bytes;
}

const SECTOR = 512;
/** Where sector `id` starts (version 3 files: 512-byte sectors after the 512-byte header). */
const sectorAt = (id: number) => SECTOR + id * SECTOR;

describe('the .doc fallback reader is bounded by the real file', () => {
  it('reads the real seed', async () => {
    const { blocks } = await readDocText(fixture('formats/000.doc'));
    expect(blocks.length).toBeGreaterThan(10);
  });

  it('refuses a header that claims more allocation sectors than the file holds', async () => {
    const doc = patched((view) => view.setInt32(44, 0x7fffffff, true));
    const { error, peakGrowthMiB } = await measured(() => readDocText(doc));
    expect(error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/^not a valid Word \.doc file: its header claims 2147483647 allocation sectors, the file holds \d+$/) });
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('stops a sector chain that loops back on itself', async () => {
    const doc = patched((view) => {
      // The directory's chain: its first sector and the next point at each other.
      const fat = sectorAt(view.getInt32(76, true));
      const first = view.getInt32(48, true);
      const second = first + 1;
      view.setInt32(fat + first * 4, second, true);
      view.setInt32(fat + second * 4, first, true);
    });
    const { error, peakGrowthMiB } = await measured(() => readDocText(doc));
    expect(error).toMatchObject({ code: 'corrupt', message: 'not a valid Word .doc file: a sector chain loops back on itself' });
    expect(peakGrowthMiB).toBeLessThan(300);
  });
});

describe('compound files are checked before SheetJS reads them', () => {
  it('refuses a workbook whose directory links entries in a loop (SheetJS would abort the process)', async () => {
    // Found by fuzzing: tasks.xls with ',,,,,,,,' and <dimension …/> spliced in, which shifts its directory.
    const { TARGETS, applyEdit } = await import('../fuzz/harness.js');
    const { sheet } = TARGETS;
    const edits = [
      { op: 'token', at: 1920646378, size: 2, value: 2 },
      { op: 'token', at: 844511667, size: 2772, value: 392930979 },
      { op: 'repeat', at: 58209050, size: 4087, value: 2147483619 },
      { op: 'token', at: 900093327, size: 2386, value: 6 },
    ] as const;
    const bytes = edits.reduce((b, e) => applyEdit(b, e, sheet.tokens), sheet.seeds.find((s) => s.name === 'tasks.xls')!.bytes);
    const { readSheet } = await import('../../src/read/sheet.js');
    const { error } = await measured(() => readSheet(bytes, { fileName: 'tasks.xls' }));
    expect(error).toMatchObject({ code: 'corrupt', message: 'the spreadsheet is damaged: its directory links entries in a loop' });
  });
});
