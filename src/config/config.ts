/**
 * rules/config.yaml: severity per rule (or "off"), ignored paths and run options.
 * Validated with zod; errors name the file, line, key and what was expected.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RULE_IDS, type RuleId, type Severity } from '../checks/rule-ids.js';
import { loadYamlFile } from './yaml-file.js';

const level = z.enum(['off', 'info', 'warning', 'error']);
const RuleSettingSchema = z.union([level, z.tuple([level]), z.tuple([level, z.record(z.string(), z.unknown())])], {
  error: 'expected a severity (off, info, warning or error), or [severity, {options}]',
});

/** A manuscript declared by hand: its chapters (globs, in reading order) and shared bibliography. */
const ManuscriptSchema = z.strictObject({
  name: z.string().min(1, 'expected a name for the manuscript'),
  /** Path patterns as in `ignore`, matched against the paths as given; chapters follow the order of the patterns. */
  files: z.array(z.string().min(1)).min(1, 'expected at least one file pattern'),
  /** Bibliography file(s) every chapter cites from, relative to the working folder. */
  bibliography: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** The chapters are joined into one text before parsing (pandoc without --file-scope): note labels span chapters. */
  joined: z.boolean().default(false),
});

export const ConfigSchema = z.strictObject({
  kind: z.literal('config').default('config'),
  rules: z.partialRecord(z.enum(RULE_IDS), RuleSettingSchema).default({}),
  /** Glob-like path patterns (matched against the path as given) whose files are not audited. */
  ignore: z.array(z.string()).default([]),
  /** Path pattern → rules (ids, families "date" or "date/*") whose findings are dropped there and counted as suppressed. */
  ignoreRules: z.record(z.string(), z.array(z.string().regex(/^(\*|[a-z]+(\/([a-z-]+|\*))?)$/, 'expected a rule id, a family or "family/*"')).min(1)).default({}),
  /** Language used when detection is not confident. */
  defaultLanguage: z.string().regex(/^[a-z]{2}$/).default('en'),
  /** Files larger than this are skipped with an info finding. */
  maxFileBytes: z.number().int().positive().default(10_000_000),
  /** Manuscripts made of several files (src/manuscripts/detect.ts finds most without this). */
  manuscripts: z
    .array(ManuscriptSchema)
    .default([])
    .refine((list) => new Set(list.map((m) => m.name)).size === list.length, 'expected each manuscript to have its own name'),
});

export type Config = z.infer<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({ kind: 'config' });

export interface RuleSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export function ruleSetting(config: Config, id: RuleId, defaultSeverity: Severity): RuleSetting {
  const setting = config.rules[id];
  if (setting === undefined) return { severity: defaultSeverity, options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  return { severity: setting[0], options: setting[1] ?? {} };
}

/** Loads the config file: an explicit path, else <rulesDir>/config.yaml, else the defaults. */
export function loadConfig(rulesDir: string, explicitPath?: string): Config {
  if (explicitPath) return loadYamlFile(explicitPath, ConfigSchema);
  const path = join(rulesDir, 'config.yaml');
  return existsSync(path) ? loadYamlFile(path, ConfigSchema) : DEFAULT_CONFIG;
}
