/**
 * Values the model's schemas are built from, kept free of zod so that the CLI
 * can use them without loading the schema library at start-up.
 */
export const SCHEMA_VERSION = 1;

export const DEADLINE_FLAGS = ['yearInferred', 'garbled', 'vague', 'recurring', 'ongoing', 'masked', 'reversed'] as const;

export const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;

export const PRESETS = ['planlint:recommended', 'planlint:strict'] as const;
