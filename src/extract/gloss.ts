/**
 * Some mirror sites annotate characters with their pinyin in brackets:
 * 城鄉(xiāng), 發(fā)展, 大(dà). The gloss is the site's, not the document's:
 * names, labels and numbering are read without it (the text keeps it).
 * A gloss is a bracketed lowercase pinyin syllable, with or without tone
 * marks, right after a Han character.
 */
/** A gloss's letters, for patterns that let one stand inside a name: (jú), (xiāng). */
export const GLOSS_SOURCE = '[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[)）]';
const GLOSS = new RegExp(`(?<=\\p{Script=Han})${GLOSS_SOURCE}`, 'gu');
const MAYBE = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/u;

export function stripGlosses(text: string): string {
  return MAYBE.test(text) ? text.replace(GLOSS, '') : text;
}
