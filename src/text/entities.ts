/**
 * HTML character references left in text a scraper took from a page's source:
 * "&nbsp;&nbsp;一、总体要求", "&ldquo;十四五&rdquo;", "&#12288;". A clerk's own
 * text never holds them, so the text reader reads them as the characters they
 * stand for. A reference that would break a line (&#10;) is a space, so that
 * every line keeps its number.
 */

/** The named references pages use in running text. A Map: a name read from the text is never an object key. */
const NAMED = new Map<string, string>([
  ['nbsp', '\u00a0'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwsp', '\u200b'], ['shy', '\u00ad'],
  ['ldquo', '“'], ['rdquo', '”'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['bdquo', '„'],
  ['laquo', '«'], ['raquo', '»'], ['lsaquo', '‹'], ['rsaquo', '›'], ['quot', '"'], ['apos', "'"],
  ['mdash', '—'], ['ndash', '–'], ['hellip', '…'], ['middot', '·'], ['bull', '•'],
  ['amp', '&'], ['lt', '<'], ['gt', '>'],
  ['times', '×'], ['divide', '÷'], ['plusmn', '±'], ['le', '≤'], ['ge', '≥'], ['ne', '≠'], ['asymp', '≈'],
  ['deg', '°'], ['permil', '‰'], ['micro', 'µ'], ['sup2', '²'], ['sup3', '³'], ['frac12', '½'], ['frac14', '¼'], ['frac34', '¾'],
  ['yen', '¥'], ['copy', '©'], ['reg', '®'], ['trade', '™'], ['sect', '§'], ['para', '¶'],
  ['larr', '←'], ['rarr', '→'], ['uarr', '↑'], ['darr', '↓'],
]);

/** HTML lets these few stand without their semicolon, and pages write &nbsp so. */
const WITHOUT_SEMICOLON = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot']);

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}))(;?)/g;

/** The text with its character references read; a text without "&" is returned as it is. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined, semicolon: string) => {
    if (name !== undefined) {
      const key = name.toLowerCase();
      const char = NAMED.get(key);
      return char !== undefined && (semicolon || WITHOUT_SEMICOLON.has(key)) ? char : whole;
    }
    if (!semicolon) return whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    if (code === 0x0a || code === 0x0d) return ' ';
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}
