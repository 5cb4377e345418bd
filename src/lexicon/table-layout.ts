/**
 * Marks and words of tables that text exports flattened: what starts an item
 * inside a cell, and which header words only qualify the column name after them.
 */

/** Marks that start a list item inside a table cell ("△加强财政监督…"). */
export const ITEM_BULLETS: readonly string[] = ['△', '▲', '●', '○', '◆', '◇', '★', '☆', '■', '□', '▪', '·', '•', '➢', '❖'];

/**
 * Words that qualify a column name rather than name a column. A header whose
 * cells the export joined with spaces ("牵头  领导", "主体  责任单位") leaves
 * them standing alone before the name they belong to.
 */
export const HEADER_QUALIFIERS: readonly string[] = ['牵头', '主体', '配合', '协办', '责任', '主办', '分管', '完成', '具体', '主要', '工作'];
