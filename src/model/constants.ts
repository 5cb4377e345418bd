/**
 * Values the model's schemas are built from, kept free of zod so that the CLI
 * can use them without loading the schema library at start-up.
 */
export const SCHEMA_VERSION = 1;

export const DEADLINE_FLAGS = ['yearInferred', 'garbled', 'vague', 'recurring', 'ongoing', 'masked', 'reversed'] as const;

export const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;
export type RuleLevelName = (typeof RULE_LEVELS)[number];

/** Other names for a level: ESLint's "warn", which people bring along from their ESLint configs. */
export const RULE_LEVEL_ALIASES = { warn: 'warning' } as const satisfies Record<string, RuleLevelName>;

/** The level a name stands for (a level or an alias), or null. */
export function ruleLevelOf(name: string): RuleLevelName | null {
  if ((RULE_LEVELS as readonly string[]).includes(name)) return name as RuleLevelName;
  return Object.hasOwn(RULE_LEVEL_ALIASES, name) ? RULE_LEVEL_ALIASES[name as keyof typeof RULE_LEVEL_ALIASES] : null;
}

export const PRESETS = ['planlint:recommended', 'planlint:strict', 'planlint:draft'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * Custom properties of every workbook planlint writes (docProps/custom.xml,
 * shown in Excel under 文件 > 信息 > 属性 > 高级属性 > 自定义): what made it
 * and, for a ledger of one document, where it came from. Directory searches
 * know planlint's own ledgers by the generator, whose value starts with
 * GENERATOR_NAME.
 */
export const WORKBOOK_PROPERTIES = { generator: '生成工具', source: '来源文件', title: '文件标题', docNumber: '文号' } as const;
export const GENERATOR_NAME = 'planlint';
