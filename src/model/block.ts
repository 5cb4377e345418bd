import { z } from 'zod';
import { SourceLocation } from './location.js';

/**
 * The intermediate form every reader yields. A table arrives with merged cells
 * resolved: a vertically merged cell is repeated into the rows it spans and
 * marked `merged`, so extraction can tell a continuation from a real repeat;
 * the columns a cell spans horizontally are empty and marked `merged`.
 * A multi-line cell keeps its line breaks as "\n". Readers pass every table row
 * through (title rows included); extraction finds the header row.
 */
export const Cell = z.object({
  text: z.string(),
  loc: SourceLocation,
  merged: z.boolean().optional(),
});
export type Cell = z.infer<typeof Cell>;

export const Block = z.object({
  kind: z.enum(['heading', 'paragraph', 'table']),
  text: z.string(),
  /** Heading depth where the format states one (Markdown #, Word outline level). */
  level: z.number().int().positive().optional(),
  rows: z.array(z.array(Cell)).optional(),
  /**
   * How the source wrote a row's cells side by side: " | " for the rows web
   * pages flatten with pipes; a TAB (the default) for Word and spreadsheets.
   * A table task's text joins its cells with it, so a phrase that spans two
   * cells reads as it was written.
   */
  separator: z.string().optional(),
  loc: SourceLocation,
});
export type Block = z.infer<typeof Block>;
