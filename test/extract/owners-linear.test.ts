import { describe, expect, it } from 'vitest';
import { splitOwners } from '../../src/extract/owners.js';
import { endsLikeOrg } from '../../src/extract/subject.js';
import { foldToSimplified } from '../../src/lexicon/hant.js';
import { ORG_SUFFIXES } from '../../src/lexicon/organisations.js';
import { piecedTexts } from './pieced-texts.js';

/** The regex endsLikeOrg stands for, run on each slice: the reference. */
const ORG_END = new RegExp(`(?:${ORG_SUFFIXES.join('|')})(?:[（(][^）)]*[）)])?$`);

const PIECES = ['区', '文化', '局', '縣', '辦', '及', '、', '（', '工业区', '）', '(', ')', '【', '】', '中心', '乡镇', '工作', 'X', '，'];
const values = (count: number) => piecedTexts(PIECES, count, 12, 5);

describe('splitting an owner value on 及 after an organisation', () => {
  it('tells where an organisation ends as the regex over each slice does, on 2,000 generated values and all their slices', () => {
    let ends = 0;
    const wrong: string[] = [];
    for (const value of values(2_000).map(foldToSimplified)) {
      for (let start = 0; start <= value.length; start++) {
        for (let end = start; end <= value.length; end++) {
          const expected = ORG_END.test(value.slice(start, end));
          if (endsLikeOrg(value, start, end) !== expected) wrong.push(`${value} [${start}, ${end})`);
          if (expected) ends++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(ends).toBeGreaterThan(10_000);
  });

  it('splits on 及 after an organisation, also one with a bracketed part, not after other words', () => {
    expect(splitOwners('县文化局及各乡镇（工业区）及社区工作者')).toEqual(['县文化局', '各乡镇（工业区）', '社区工作者']);
    expect(splitOwners('文化工作及体育工作')).toEqual(['文化工作及体育工作']);
  });

  it('takes time linear in a value of many 及 that follow no organisation', () => {
    const cost = (names: number) => {
      const value = Array.from({ length: names }, () => '区文化工作').join('及');
      const started = process.cpuUsage();
      expect(splitOwners(value)).toHaveLength(1);
      const { user, system } = process.cpuUsage(started);
      return user + system;
    };
    cost(500); // warm
    // Ten times the names: the old split took 6.6 s at 10,000 names, 40 times its cost at 1,000.
    expect(cost(10_000) / Math.max(cost(1_000), 20_000)).toBeLessThan(20);
  });
});
