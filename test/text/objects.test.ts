import { describe, expect, it } from 'vitest';
import { copyWith } from '../../src/text/objects.js';

describe('copyWith: an object spread without the spread', () => {
  it('copies the record with the changes written over it, keys in the order a spread gives, the original untouched', () => {
    const line = { text: '1.县财政局牵头', loc: { line: 3 }, order: 2 };
    const copy = copyWith(line, { text: '县财政局牵头', column: 3 });
    expect(copy).toEqual({ text: '县财政局牵头', loc: { line: 3 }, order: 2, column: 3 });
    expect(Object.keys(copy)).toEqual(Object.keys({ ...line, text: '', column: 0 }));
    expect(line.text).toBe('1.县财政局牵头');
    expect(copy.loc).toBe(line.loc);
  });
});
