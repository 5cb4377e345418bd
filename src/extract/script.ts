import { countScriptMarks, withinSimplifiedText } from '../lexicon/hant.js';

/** How much text to sample: script is a property of the whole, and the head of a document shows it. */
const SAMPLE = 20_000;

/** Simplified or traditional, by the characters only one of the scripts uses. */
export function detectScript(texts: Iterable<string>): 'hans' | 'hant' {
  // A document without one traditional character has no marks of that script to count.
  if (withinSimplifiedText()) return 'hans';
  let traditional = 0;
  let simplified = 0;
  let seen = 0;
  for (const text of texts) {
    const marks = countScriptMarks(text, SAMPLE - seen);
    traditional += marks.traditional;
    simplified += marks.simplified;
    seen += text.length;
    if (seen >= SAMPLE) break;
  }
  return traditional > simplified ? 'hant' : 'hans';
}
