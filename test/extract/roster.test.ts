import { describe, expect, it } from 'vitest';
import { extractRoster } from '../../src/extract/roster.js';

describe('roster of a 领导小组', () => {
  it('reads names and titles; continuation lines inherit the role; padded names are joined', () => {
    expect(extractRoster(['组  长：陈某新  党组书记、局长', '副组长：徐某飞  党组成员、副局长', '陈  凯  副局长', '成  员：唐某艳  办公室主任', '        朱  洁  公共文化和文保科科长', '附2'])).toEqual([
      { name: '陈某新', role: '组长', title: '党组书记、局长' },
      { name: '徐某飞', role: '副组长', title: '党组成员、副局长' },
      { name: '陈凯', role: '副组长', title: '副局长' },
      { name: '唐某艳', role: '成员', title: '办公室主任' },
      { name: '朱洁', role: '成员', title: '公共文化和文保科科长' },
    ]);
  });

  it('reads several names on one line without titles, and stops at a sentence', () => {
    expect(extractRoster(['组 长：陈某斌 宋某伟', '副组长：谢 静 张某文', '领导小组下设办公室，办公室设群众文艺股。', '成员单位要各司其职'])).toEqual([
      { name: '陈某斌', role: '组长', title: null },
      { name: '宋某伟', role: '组长', title: null },
      { name: '谢静', role: '副组长', title: null },
      { name: '张某文', role: '副组长', title: null },
    ]);
  });
});
