import { describe, expect, it } from 'vitest';
import { stripEndOf, trimEndOf, trimEndsOf, trimStartOf } from '../../src/text/trim.js';

/** Texts drawn from an alphabet of spaces (ASCII, U+3000, NBSP, tab), list punctuation and Han. */
function randomTexts(count: number): string[] {
  const alphabet = [' ', '\u3000', '\u00a0', '\t', '、', '，', '。', ':', '局', '办', '】'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join(''));
}

describe('trimming a set of characters from the ends', () => {
  const texts = randomTexts(2000);

  it('removes what the end-anchored regex it replaces removes', () => {
    for (const text of texts) {
      expect(trimEndOf(text, '、，。')).toBe(text.replace(/[\s、，。]+$/, ''));
      expect(trimStartOf(text, ':')).toBe(text.replace(/^[\s:]+/, ''));
      expect(trimEndsOf(text, ':', '、')).toBe(text.replace(/^[\s:]+|[\s、]+$/g, ''));
      expect(stripEndOf(text, '】、')).toBe(text.replace(/[】、]+$/, ''));
    }
  });

  it('keeps white space that is not in the set when only marks are stripped', () => {
    expect(stripEndOf('区水务局 】】', '】')).toBe('区水务局 ');
    expect(trimEndOf('区水务局 、，\u3000', '、，')).toBe('区水务局');
  });
});
