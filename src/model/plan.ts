import { z } from 'zod';
import { SourceLocation } from './location.js';
import { Diagnostic } from './diagnostic.js';

export { SCHEMA_VERSION } from './constants.js';
import { DEADLINE_FLAGS, SCHEMA_VERSION } from './constants.js';

export const Owners = z.object({
  leaders: z.array(z.string()),
  units: z.array(z.string()),
  partners: z.array(z.string()),
});
export type Owners = z.infer<typeof Owners>;

export const DeadlinePrecision = z.enum(['day', 'xun', 'month', 'quarter', 'half', 'year', 'none']);
export type DeadlinePrecision = z.infer<typeof DeadlinePrecision>;

export const DeadlineFlag = z.enum(DEADLINE_FLAGS);
export type DeadlineFlag = z.infer<typeof DeadlineFlag>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Deadline = z.object({
  text: z.string(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  precision: DeadlinePrecision,
  flags: z.array(DeadlineFlag),
});
export type Deadline = z.infer<typeof Deadline>;

export const Dimension = z.enum(['money', 'area', 'length', 'mass', 'volume', 'time', 'count', 'ratio', 'compound', 'none']);
export type Dimension = z.infer<typeof Dimension>;

export const Comparator = z.enum(['=', '>=', '>', '<=', '<', '~']);
export type Comparator = z.infer<typeof Comparator>;

export const Target = z.object({
  /** As written: "4万册", "不少于100人" is written "100人" with comparator >=. */
  text: z.string(),
  /** Normalised to `unit`: 4万册 → 40000, 17700万元 → 177000000. */
  value: z.number(),
  unit: z.string(),
  dimension: Dimension,
  comparator: Comparator,
});
export type Target = z.infer<typeof Target>;

export const TaskOrigin = z.enum(['body', 'table']);

export const Task = z.object({
  id: z.string(),
  number: z.string(),
  path: z.array(z.string()),
  title: z.string(),
  text: z.string(),
  origin: TaskOrigin,
  owners: Owners,
  deadline: Deadline.nullable(),
  targets: z.array(Target),
  loc: SourceLocation,
});
export type Task = z.infer<typeof Task>;

export const RosterEntry = z.object({
  name: z.string(),
  role: z.string(),
  title: z.string().nullable(),
});
export type RosterEntry = z.infer<typeof RosterEntry>;

export const Meta = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  /** 成文日期 as ISO, when the document prints one. */
  date: IsoDate.nullable(),
  /** The year yearless dates are read in: 成文日期 › 文号 › title › publication date. */
  year: z.number().int().nullable(),
});
export type Meta = z.infer<typeof Meta>;

export const FileError = z.object({
  code: z.enum(['unreadable', 'empty', 'binary', 'too-large', 'unsupported', 'corrupt', 'encrypted', 'encoding']),
  message: z.string(),
});
export type FileError = z.infer<typeof FileError>;

export const DocumentFormat = z.enum(['text', 'markdown', 'docx', 'doc', 'sheet', 'html', 'unknown']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const PlanDocument = z.object({
  file: z.string(),
  format: DocumentFormat,
  encoding: z.string().nullable(),
  script: z.enum(['hans', 'hant']),
  meta: Meta,
  roster: z.array(RosterEntry),
  tasks: z.array(Task),
  diagnostics: z.array(Diagnostic),
  errors: z.array(FileError),
});
export type PlanDocument = z.infer<typeof PlanDocument>;

export const Summary = z.object({
  documents: z.number().int(),
  tasks: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});
export type Summary = z.infer<typeof Summary>;

export const PlanReport = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  documents: z.array(PlanDocument),
  summary: Summary,
});
export type PlanReport = z.infer<typeof PlanReport>;
