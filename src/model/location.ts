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

export { formatLocation } from './format-location.js';
