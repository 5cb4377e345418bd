import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';

const titles = async (lines: string[]) => (await parseBytes(Buffer.from(lines.join('\n')), 'plan.txt')).document.tasks.map((t) => t.title);

describe('sections that hold a field of the whole plan, not tasks', () => {
  it('a short heading ending in 时间/范围/对象/要求 (检查整改时间, 检查整改范围, 检查督导要求) is no task', async () => {
    expect(
      await titles([
        '一、检查整改时间',
        '2021年3月7日-3月10日',
        '二、检查整改范围',
        '全镇范围内各行各业',
        '三、分组情况',
        '（一）第一检查督导组',
        '责任单位：派出所、市场监督管理所',
        '四、检查督导要求',
        '各检查督导组要深入行业、企业、单位开展检查。',
      ]),
    ).toEqual(['第一检查督导组']);
  });

  it('a longer heading that only mentions such a word stays a task when it assigns work', async () => {
    expect(await titles(['一、重点任务', '1.缩短企业开办时间，压减至1个工作日（责任单位：市市场监管局）'])).toHaveLength(1);
  });
});
