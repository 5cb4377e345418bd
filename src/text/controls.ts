/**
 * Document text made safe to print on a terminal: nothing a document says
 * may retitle, clear or recolour the user's terminal, or move its cursor.
 * Escape sequences (CSI, OSC, DCS and the other strings, two-character
 * escapes) are dropped whole; any control character left (C0 but tab and
 * line break, DEL, C1) and the bidirectional overrides become visible
 * escapes such as \x1b. Every pattern is a single pass (no nested
 * quantifiers over the same characters), so this is linear in the text.
 */

const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[ -/]*[0-~])/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_OR_BREAK = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

function escaped(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\t') return ' ';
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text that may span lines (a table cell, a message): line breaks kept, tabs as spaces, CR LF as LF. */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, escaped);
}

/** Text that must stay on one line (a file name, a one-line error): line breaks escaped too. */
export function printableLine(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_OR_BREAK, escaped);
}
