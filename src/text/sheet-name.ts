/**
 * Characters Excel refuses in a sheet name ([]:*?/\ and controls): the
 * ledger replaces them, and the spreadsheet reader knows a sheet named after
 * a cell may show them replaced.
 */
export const NOT_IN_SHEET_NAME = /[[\]:*?/\\\u0000-\u001f\u007f]/g;
