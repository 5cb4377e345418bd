/**
 * Marks of tables that text exports flattened: what starts an item inside a cell.
 */

/** Marks that start a list item inside a table cell ("△加强财政监督…"). */
export const ITEM_BULLETS: readonly string[] = ['△', '▲', '●', '○', '◆', '◇', '★', '☆', '■', '□', '▪', '·', '•', '➢', '❖'];

