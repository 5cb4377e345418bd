import { describe, expect, it } from 'vitest';
import { cnOrInt } from '../../src/extract/deadline/chars.js';
import { numeralValue } from '../../src/extract/numbering.js';
import { formatChineseInteger, parseChineseInteger } from '../../src/text/numeral.js';

describe('Chinese numerals, read and written in one place', () => {
  it('section numbers are written as official documents write them (一、 … 十、 十一、 二十、)', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(formatChineseInteger)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('what is written reads back as the same number, by every reader of numerals', () => {
    for (let value = 1; value < 100; value++) {
      const written = formatChineseInteger(value);
      expect(parseChineseInteger(written)).toBe(value);
      expect(numeralValue(written)).toBe(value);
      expect(cnOrInt(written)).toBe(value);
    }
  });

  it('years digit by digit (二〇二四, with ○ or a full-width Ｏ for zero) and positional numbers (十二月)', () => {
    expect(cnOrInt('二〇二四')).toBe(2024);
    expect(cnOrInt('二Ｏ二四')).toBe(2024);
    expect(cnOrInt('二○二四')).toBe(2024);
    expect(cnOrInt('十二')).toBe(12);
    expect(cnOrInt('2024')).toBe(2024);
    expect(cnOrInt('年')).toBeNaN();
  });
});
