import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';

async function tasksOf(lines: string[]) {
  return (await parseBytes(Buffer.from(lines.join('\n')), 'table.txt')).document.tasks;
}

describe('task-table columns that write their unit or their kind once, in the header', () => {
  it('a quantity column with its unit in brackets (年度投资金额（万元） | 300) gives each row that many of the unit as a target', async () => {
    const tasks = await tasksOf([
      '序号\t项目名称\t建设时间\t年度投资金额（万元）\t责任单位',
      '1\t城北小学门前道路建设项目\t2024\t300\t住建局',
      '2\t老旧小区改造项目\t2024\t1360\t住建局',
    ]);
    expect(tasks.map((t) => t.targets.map((g) => [g.value, g.unit]))).toEqual([[[3000000, '元']], [[13600000, '元']]]);
  });

  it('a bare year in the time column (建设时间 | 2024) is the whole year', async () => {
    const [task] = await tasksOf(['序号\t项目名称\t建设时间\t责任单位', '1\t城北小学门前道路建设项目\t2024\t住建局']);
    expect(task.deadline).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('numbers under a duration column (建设周期（天）) are no targets: they say how long, not how much', async () => {
    const tasks = await tasksOf(['序号\t项目名称\t建设周期（天）\t责任单位', '1\t城北小学门前道路建设项目\t90\t住建局']);
    expect(tasks[0].targets).toEqual([]);
  });
});
