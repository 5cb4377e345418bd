import { describe, expect, it } from 'vitest';
import { enumeratedItems, introductionOf } from '../../src/extract/introduced-items.js';
import { parseBytes } from '../../src/parse.js';

async function tasksOf(text: string) {
  const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
  return parsed.document.tasks.map((t) => ({ title: t.title, units: t.owners.units, partners: t.owners.partners }));
}

describe('an owner sentence that introduces 以下/如下 work applies to the items after it', () => {
  it('reads the owners of the introducing sentence only, and only when the line ends with it or with its first item', () => {
    const intro = introductionOf('为推进城乡统筹，加快发展。综合科牵头，由县推广中心配合，做好以下几方面工作：');
    expect(intro?.owners.map((f) => f.value)).toEqual(['综合科牵头，由县推广中心配合']);
    expect(introductionOf('综合科牵头，做好以下工作：一是加强培训。二是做好宣传。')).not.toBeNull();
    // No owner in the sentence, or prose after the colon: no introduction of owned items.
    expect(introductionOf('现将有关事项通知如下：')).toBeNull();
    expect(introductionOf('综合科牵头，做好以下工作：加强培训，做好宣传。')).toBeNull();
  });

  it('counts 一是, 二是… from one, each at a text’s start or after a stop; a text opening with no next count ends the list', () => {
    const items = enumeratedItems(['一是加强培训。每年培训100人。二是做好宣传。', '三是完善台账。', '其他事项另行通知。四是无关。']);
    expect(items.map((i) => [i.text, i.value, i.start, i.end])).toEqual([
      [0, 1, 0, 16],
      [0, 2, 16, 23],
      [1, 3, 0, 7],
    ]);
    // A 二是 inside a clause is no count; one item alone is no list.
    expect(enumeratedItems(['一是加强培训，重点是二是之外的内容。'])).toEqual([]);
  });

  it('the counted clauses of a paragraph after the introducing sentence become tasks of its owners', async () => {
    const tasks = await tasksOf(
      [
        '某县某局城乡统筹工作方案',
        '为加快城乡一体化进程，综合科牵头，由县推广中心配合，做好以下几方面工作：',
        '一是加强养殖技能培训，每年培训农民500人。二是引导养殖户规模经营。',
      ].join('\n'),
    );
    expect(tasks).toEqual([
      { title: '加强养殖技能培训，每年培训农民500人', units: ['综合科'], partners: ['县推广中心'] },
      { title: '引导养殖户规模经营', units: ['综合科'], partners: ['县推广中心'] },
    ]);
  });

  it('numbered items under the introducing sentence take its owners', async () => {
    const tasks = await tasksOf(
      ['某县某局工作方案', '一、重点工作', '综合科牵头，县推广中心配合，做好以下工作：', '（一）加强养殖技能培训。', '（二）引导养殖户规模经营。'].join('\n'),
    );
    expect(tasks.map((t) => [t.units, t.partners])).toEqual([
      [['综合科'], ['县推广中心']],
      [['综合科'], ['县推广中心']],
    ]);
  });

  it('a lead sentence that names the body between 以下 and its colon (以下项目由某镇人民政府负责实施：) gives each item below its owner', async () => {
    const tasks = await tasksOf(['某县某项工作要点', '一、重点任务', '以下项目由某镇人民政府负责实施：', '1.新建某类设施3个。', '2.改造某路段2公里。'].join('\n'));
    expect(tasks.map((t) => t.units)).toEqual([['某镇人民政府'], ['某镇人民政府']]);
  });
});
