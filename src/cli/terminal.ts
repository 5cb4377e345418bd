/** Piped output with no COLUMNS: wide enough for a report read in a file or a CI log. */
const PIPED_WIDTH = 120;

/** Columns the terminal report may use: the terminal's own width, else COLUMNS, else PIPED_WIDTH. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : PIPED_WIDTH;
}
