import { REPORT_SEPARATOR, reportDocument, reportHead, reportTail } from '../model/report.js';
import { Tally, wholeReport, type StreamFormatter } from './context.js';

/** The schemaVersion 1 report, written a document at a time; tasks left out unless `withTasks` (`lint --with-tasks`). */
function jsonReport(withTasks: boolean): StreamFormatter {
  return () => {
    const tally = new Tally();
    return {
      head: reportHead,
      document(doc) {
        const piece = (tally.summary.documents > 0 ? REPORT_SEPARATOR : '') + reportDocument(doc, { withTasks });
        tally.add(doc);
        return piece;
      },
      end: (summary) => reportTail(summary ?? tally.summary, tally.summary.documents),
    };
  };
}

export const jsonReportWithout = jsonReport(false);
export const jsonReportWithTasks = jsonReport(true);
export const json = wholeReport(jsonReportWithout);
export const jsonWithTasks = wholeReport(jsonReportWithTasks);
