/**
 * The few colours the terminal reports use, as plain SGR codes: loading a
 * colour library cost stylish output more start-up time than the report.
 * Each paint wraps every line on its own, so a wrapped cell stays coloured
 * and a line cut out of it never leaves the terminal coloured.
 */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  grey(text: string): string;
  /** Bold yellow: a warning summary. */
  warn(text: string): string;
  /** Bold red: a failing summary. */
  fail(text: string): string;
}

const plain = (text: string) => text;

function sgr(open: string, close: string): (text: string) => string {
  return (text) => text.split('\n').map((line) => (line ? `\u001b[${open}m${line}\u001b[${close}m` : line)).join('\n');
}

const COLOURS: Paint = {
  bold: sgr('1', '22'),
  dim: sgr('2', '22'),
  underline: sgr('4', '24'),
  red: sgr('31', '39'),
  yellow: sgr('33', '39'),
  blue: sgr('34', '39'),
  green: sgr('32', '39'),
  grey: sgr('90', '39'),
  warn: sgr('1;33', '22;39'),
  fail: sgr('1;31', '22;39'),
};

const NONE: Paint = {
  bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, blue: plain, green: plain, grey: plain, warn: plain, fail: plain,
};

export function paintFor(color: boolean): Paint {
  return color ? COLOURS : NONE;
}
