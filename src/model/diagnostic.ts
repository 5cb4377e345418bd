import { z } from 'zod';
import { SourceLocation } from './location.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  taskId: z.string().optional(),
  loc: SourceLocation.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
