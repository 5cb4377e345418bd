import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { countScriptMarks, foldToSimplified, foldingWithin, hasTraditional } from '../../src/lexicon/hant.js';

const LEXICON = join(import.meta.dirname, '../../src/lexicon');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Every word the lexicons hold (strings, lists, maps and the sources of their patterns). */
async function lexiconWords(): Promise<string[]> {
  const words: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') words.push(value);
    else if (value instanceof RegExp) words.push(value.source);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(LEXICON).filter((f) => f.endsWith('.ts'))) walk(Object.values(await import(join(LEXICON, file))));
  return words;
}

describe('folding traditional script for matching', () => {
  it('folds every lexicon word, written the Taiwan or the Hong Kong way, back to the word the lexicon holds', async () => {
    const words = (await lexiconWords()).flatMap((w) => w.match(/\p{Script=Han}+/gu) ?? []);
    expect(words.length).toBeGreaterThan(500);
    // opencc converts words, not characters: compare character by character where it kept the length.
    const unfolded = words.flatMap((word) =>
      [toTaiwan(word), toHongKong(word)].filter((t) => t.length === word.length && t !== word && foldToSimplified(t) !== foldToSimplified(word)).map((t) => `${t}→${word}`),
    );
    expect(unfolded).toEqual([]);
  });

  it('counts traditional-only characters as marks of traditional script, and not 台 or 里, which both scripts write', () => {
    expect(countScriptMarks('臺灣省公里數', 100)).toEqual({ traditional: 3, simplified: 0 });
    expect(countScriptMarks('台湾省公里数', 100)).toEqual({ traditional: 0, simplified: 2 });
  });

  it('counts only within the limit it is given', () => {
    expect(countScriptMarks('臺灣省公里數', 1)).toEqual({ traditional: 1, simplified: 0 });
  });

  it('folds inside a simplified document without scanning, and still folds once a traditional text is among the pieces', () => {
    // Inside a set of texts with no traditional character, a fold returns its input: only those texts' pieces are folded there.
    expect(foldingWithin(['县财政局牵头'], () => foldToSimplified('縣財政局'))).toBe('縣財政局');
    expect(foldingWithin(['县财政局牵头', '縣教育局配合'], () => foldToSimplified('縣財政局'))).toBe('县财政局');
    expect(hasTraditional('县财政局')).toBe(false);
    expect(hasTraditional('縣財政局')).toBe(true);
  });

  it('folds again after the work is done, even when the work threw', () => {
    expect(() =>
      foldingWithin(['县财政局'], () => {
        throw new Error('stage failed');
      }),
    ).toThrow('stage failed');
    expect(foldToSimplified('縣財政局')).toBe('县财政局');
  });
});
