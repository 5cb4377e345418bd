import { INTERPRETATION_SENTENCE } from '../lexicon/document.js';
import { foldToSimplified } from '../lexicon/hant.js';
import type { Line } from './outline.js';
import { withoutSpaces } from '../text/space.js';

/** The sentence that says so stands among the first lines; the interpreting office may sign at the end. */
const FIRST_LINES = 6;

/**
 * A page that interprets a plan says so in its text when its title does not
 * (现将主要内容解读如下, 政策解读单位：…): it tells about the plan's tasks and
 * assigns none.
 */
export function explainsDocument(lines: readonly Line[]): boolean {
  const says = (line: Line) => INTERPRETATION_SENTENCE.test(foldToSimplified(withoutSpaces(line.text)));
  return lines.slice(0, FIRST_LINES).some(says) || lines.slice(-FIRST_LINES).some(says);
}
