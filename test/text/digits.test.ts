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
