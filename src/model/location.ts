import { z } from 'zod';

/**
 * Where something stands in its source file. Text and Markdown give line/column;
 * Word gives a paragraph or a table cell; sheets give a sheet and a cell address.
 */
export const SourceLocation = z.object({
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  paragraph: z.number().int().positive().optional(),
  table: z.number().int().positive().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  row: z.number().int().positive().optional(),
  col: z.number().int().positive().optional(),
});
export type SourceLocation = z.infer<typeof SourceLocation>;

/** "12:5", "Sheet1!C7", "¶14", "table 2 r3c4" — for humans and annotations. */
export function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  if (loc.line !== undefined) return loc.column !== undefined ? `${loc.line}:${loc.column}` : `${loc.line}`;
  if (loc.cell !== undefined) return loc.sheet ? `${loc.sheet}!${loc.cell}` : loc.cell;
  if (loc.table !== undefined) return `table ${loc.table} r${loc.row ?? '?'}c${loc.col ?? '?'}`;
  if (loc.paragraph !== undefined) return `¶${loc.paragraph}`;
  if (loc.row !== undefined) return `r${loc.row}c${loc.col ?? '?'}`;
  return '';
}
