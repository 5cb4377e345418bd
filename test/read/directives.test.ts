import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/read/directives.js';
import { cpuMs } from './hostile.js';

const at = { line: 1, column: 1 };
const parsed = (text: string) => {
  const d = parseDirective(text, at);
  return d && [d.kind, d.rules];
};

describe('parseDirective', () => {
  it.each([
    ['planlint-disable', ['disable', []]],
    ['  planlint-enable  ', ['enable', []]],
    ['<!-- planlint-disable-next-line owner-missing -->', ['disable-next-line', ['owner-missing']]],
    ['<!--planlint-disable a, b，c-->', ['disable', ['a', 'b', 'c']]],
    ['planlint-disable-->', ['disable', []]],
    ['planlint-disable a -- the owner is named in the heading', ['disable', ['a']]],
    ['planlint-disable a --', ['disable', ['a']]],
    ['planlint-disabled a', null],
    ['<!-- planlint-disable a --> more', null],
    ['text planlint-disable', null],
  ])('%j', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('costs about ten times as much for ten times the spaces in a comment that is no directive (generous: under 40)', () => {
    const comment = (spaces: number) => `<!-- planlint-disable a${' '.repeat(spaces)}--> x`;
    parsed(comment(100));
    const ratio = cpuMs(() => parsed(comment(200_000))) / Math.max(0.5, cpuMs(() => parsed(comment(20_000))));
    expect(parsed(comment(200_000))).toBeNull();
    expect(ratio).toBeLessThan(40);
  });
});
