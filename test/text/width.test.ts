import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_RANGES, WIDE_RANGES, ZERO_WIDTH_RANGES } from '../../src/text/east-asian-width.js';
import { charWidth, displayWidth } from '../../src/text/width.js';

/** The width rules read straight from the ranges, one search each: what the lookup tables must agree with. */
function inRanges(ranges: readonly number[], cp: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (cp >= ranges[k] && cp <= ranges[k + 1]) return true;
  return false;
}
function widthByRanges(cp: number, ambiguousWide: boolean): number {
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 0;
  if (ambiguousWide && cp >= 0xa7 && inRanges(AMBIGUOUS_RANGES, cp)) return 2;
  if (cp < 0x300) return 1;
  if (inRanges(ZERO_WIDTH_RANGES, cp)) return 0;
  return cp >= 0x1100 && inRanges(WIDE_RANGES, cp) ? 2 : 1;
}

describe('display width', () => {
  it('gives every code point of the BMP and a sample beyond it the width its ranges say, both ways of counting ambiguous ones', () => {
    const wrong: string[] = [];
    const points = [...Array.from({ length: 0x10000 }, (_, cp) => cp), 0x1f600, 0x20000, 0x2a6d6, 0xe0100, 0x10ffff];
    for (const cp of points) for (const ambiguousWide of [false, true]) if (charWidth(cp, ambiguousWide) !== widthByRanges(cp, ambiguousWide)) wrong.push(`${cp.toString(16)} ${ambiguousWide}`);
    expect(wrong).toEqual([]);
  });

  it('counts Chinese two columns, ASCII one, controls and combining marks none, and a character beyond the BMP once', () => {
    expect(displayWidth('责任单位: A1')).toBe(12);
    expect(displayWidth('e\u0301\t')).toBe(1);
    expect(displayWidth('𠀀x')).toBe(3);
    expect(displayWidth('“…”')).toBe(3);
    expect(displayWidth('“…”', true)).toBe(6);
  });
});
