import { buildReport } from '../model/contract.js';
import type { Formatter } from './context.js';

/** The schemaVersion 1 report, tasks left out (`lint --with-tasks` keeps them: see jsonWithTasks). */
export const json: Formatter = (documents) => `${JSON.stringify(buildReport(documents, { withTasks: false }), null, 2)}\n`;
export const jsonWithTasks: Formatter = (documents) => `${JSON.stringify(buildReport(documents, { withTasks: true }), null, 2)}\n`;
