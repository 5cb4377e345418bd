/** The JSON export is the model's contract (src/model/contract.ts), shared with `lint --format json`. */
export { buildReport, contractDocument, summarize, type ReportOptions } from '../model/contract.js';
