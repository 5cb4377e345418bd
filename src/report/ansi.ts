/**
 * Colours for the terminal reports, written exactly as chalk writes them at
 * level 1 (16 colours): codes around the text, a close code inside it followed
 * by its open code again, and the styles closed and re-opened around each line
 * break. chalk itself costs milliseconds at start (it probes the terminal);
 * planlint decides on colour itself (src/cli/color.ts).
 */
const CODES = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  underline: ['\u001b[4m', '\u001b[24m'],
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  blue: ['\u001b[34m', '\u001b[39m'],
  grey: ['\u001b[90m', '\u001b[39m'],
} as const;

export type Style = keyof typeof CODES;

/** `paint(text, 'red', 'bold')` writes what chalk.red.bold(text) does. */
export type Paint = (text: string, ...styles: Style[]) => string;

export function painter(color: boolean): Paint {
  return color ? paintAnsi : (text) => text;
}

function paintAnsi(text: string, ...styles: Style[]): string {
  if (!text) return text;
  let painted = text;
  if (painted.includes('\u001b')) {
    for (let k = styles.length - 1; k >= 0; k--) {
      const [open, close] = CODES[styles[k]];
      painted = painted.replaceAll(close, close + open);
    }
  }
  const openAll = styles.map((style) => CODES[style][0]).join('');
  const closeAll = styles.map((style) => CODES[style][1]).reverse().join('');
  if (painted.includes('\n')) painted = painted.replace(/\r?\n/g, (lineBreak) => closeAll + lineBreak + openAll);
  return openAll + painted + closeAll;
}
