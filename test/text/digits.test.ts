import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../src/text/digits.js';

describe('full-width digits', () => {
  it('become ASCII ones, every other character and every index kept', () => {
    expect(asciiDigits('２０２４年６月底前完成３所')).toBe('2024年6月底前完成3所');
    expect(asciiDigits('２０２４年').length).toBe('２０２４年'.length);
    const plain = '2024年6月底前';
    expect(asciiDigits(plain)).toBe(plain);
  });
});

describe('wide spaces', () => {
  it('no-break, fixed-width and narrow spaces become plain ones, one for one', async () => {
    const { plainSpaces } = await import('../../src/text/space.js');
    expect(plainSpaces('2018\u00a0年\u20027\u202f月底前')).toBe('2018 年 7 月底前');
    expect(plainSpaces('无宽空格')).toBe('无宽空格');
  });
});
