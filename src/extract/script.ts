import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../lexicon/hant.js';

/** How much text to sample: script is a property of the whole, and the head of a document shows it. */
const SAMPLE = 20_000;

/** Simplified or traditional, by the characters only one of the scripts uses. */
export function detectScript(text: string): 'hans' | 'hant' {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    if (TRADITIONAL_ONLY.has(ch)) traditional++;
    else if (SIMPLIFIED_ONLY.has(ch)) simplified++;
  }
  return traditional > simplified ? 'hant' : 'hans';
}
