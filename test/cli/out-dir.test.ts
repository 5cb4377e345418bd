import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirroredLedgerPaths } from '../../src/cli/out-dir.js';

/** Issue 9: --out-dir mirrors the input folders instead of flattening them into 实施方案.xlsx, 实施方案-2.xlsx … */

const OUT = '/work/out';
const relative = (paths: string[]) => paths.map((p) => p.slice(OUT.length + 1));

describe('mirroredLedgerPaths', () => {
  it('mirrors the folders under the deepest folder that holds every input', () => {
    const { ledgers, failures } = mirroredLedgerPaths(['/p/plans/a/实施方案.docx', '/p/plans/b/实施方案.docx', '/p/plans/b/c/任务分解表.xlsx', '/p/plans/总表.md'], OUT);
    expect(relative(ledgers)).toEqual(['a/实施方案.xlsx', 'b/实施方案.xlsx', 'b/c/任务分解表.xlsx', '总表.xlsx']);
    expect(failures).toBe(join(OUT, '失败文件.xlsx'));
  });

  it('one input, or inputs of one folder, go straight into the output folder', () => {
    expect(relative(mirroredLedgerPaths(['/p/plans/a/实施方案.docx'], OUT).ledgers)).toEqual(['实施方案.xlsx']);
    expect(relative(mirroredLedgerPaths(['/p/x.txt', '/p/y.txt'], OUT).ledgers)).toEqual(['x.xlsx', 'y.xlsx']);
  });

  it('makes folder and file names safe and unique in their folder, ignoring case, and never leaves the output folder', () => {
    const { ledgers, failures } = mirroredLedgerPaths(
      ['/p/A/plan.txt', '/p/a/plan.txt', '/p/a/plan.md', '/p/..x/CON.txt', '/p/q:r/失败文件.txt', '/p/失败文件.txt', '/p/x.xlsx/a.txt', '/p/x.txt'],
      OUT,
    );
    expect(relative(ledgers)).toEqual(['A/plan.xlsx', 'a-2/plan.xlsx', 'a-2/plan-2.xlsx', 'x/_CON.xlsx', 'q_r/失败文件.xlsx', '失败文件.xlsx', 'x.xlsx/a.xlsx', 'x-2.xlsx']);
    expect(failures).toBe(join(OUT, '失败文件-2.xlsx'));
    for (const path of [...ledgers, failures]) expect(path.startsWith(`${OUT}/`)).toBe(true);
  });

  it('works from the file system root when the inputs share nothing else', () => {
    expect(relative(mirroredLedgerPaths(['/a/plan.txt', '/b/plan.txt'], OUT).ledgers)).toEqual(['a/plan.xlsx', 'b/plan.xlsx']);
  });
});
