import { buildReport } from '../model/report.js';
import type { Formatter } from './context.js';

/** The schemaVersion 1 report, tasks left out (`lint --with-tasks` keeps them: see jsonWithTasks). */
export const json: Formatter = (documents, context) => `${JSON.stringify(buildReport(documents, { withTasks: false, summary: context.summary }), null, 2)}\n`;
export const jsonWithTasks: Formatter = (documents, context) => `${JSON.stringify(buildReport(documents, { withTasks: true, summary: context.summary }), null, 2)}\n`;
