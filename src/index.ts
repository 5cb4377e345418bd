/**
 * planlint as a library: parse plan documents into the typed model, lint
 * them, and build the JSON report or the Excel ledger.
 *
 *   const parsed = await parseFile('plan.docx');
 *   const diagnostics = lint(parsed, { lang: 'en' });
 *
 * Many legacy .doc files: `await prepareDocs(paths)` first converts them with
 * few LibreOffice starts; parseFile then uses those conversions.
 */
export { parseBytes, parseFile, type ParseOptions, type Parsed } from './parse.js';
export { prepareDocs, type DocOutcome, type PrepareDocsOptions } from './read/doc-batch.js';
export { lint, lintSettings, selectRules, type LintOptions } from './lint.js';
export { buildReport, contractDocument, summarize } from './model/report.js';
export { LedgerBuilder, buildLedger, exportLedger, type LedgerOptions } from './export/xlsx.js';
export { ledgerDocument, type LedgerDocument } from './export/ledger.js';
export { RULES, findRule } from './rules/index.js';
export { defineRule, type AnyRule, type ExpectedFinding, type Report, type Rule, type RuleContext, type RuleExamples } from './rules/define.js';
export * from './model/plan.js';
export * from './model/diagnostic.js';
export * from './model/config.js';
export { SourceLocation, formatLocation } from './model/location.js';
export { Block, Cell } from './model/block.js';
export { parseDeadline, findTimeMentions, lastMilestone } from './extract/deadline.js';
export { findQuantities, parseQuantity } from './extract/quantity.js';
export { VERSION } from './version.js';
