/**
 * Loads a YAML file from rules/ and validates it with a zod schema. Every problem becomes a
 * UsageError of the form "rules/config.yaml:3:11: rules.date/invalid: expected one of …".
 *
 * Two parsers: js-yaml reads a valid file several times faster (every run reads all of rules/),
 * and only when something is wrong does the `yaml` package parse it again, keeping the source
 * ranges of every node, to say at which line and column.
 */
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { UsageError } from './errors.js';

export function loadYamlFile<S extends z.ZodType>(path: string, schema: S, displayPath = path): z.output<S> {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${displayPath}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseYaml(source, schema, displayPath);
}

export function parseYaml<S extends z.ZodType>(source: string, schema: S, displayPath: string): z.output<S> {
  try {
    // CORE_SCHEMA: like `yaml`'s default (YAML 1.2 core), dates stay strings.
    const quick = schema.safeParse(jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA }) ?? null);
    if (quick.success) return quick.data;
  } catch {
    // Fall through: the positioned parse below reports the syntax error.
  }
  return explainProblems(source, schema, displayPath);
}

function explainProblems<S extends z.ZodType>(source: string, schema: S, displayPath: string): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const pos = lineCounter.linePos(first.pos[0]);
    throw new UsageError(`${displayPath}:${pos.line}:${pos.col}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 5).map((issue) => {
    // A misspelt key is placed on the key itself, not on the mapping that holds it.
    const path = [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
    // Point at the deepest node of the path that exists in the file.
    let place = '';
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        place = `:${pos.line}:${pos.col}`;
        break;
      }
    }
    const key = path.length > 0 ? `${path.join('.')}: ` : '';
    return `${displayPath}${place}: ${key}${issue.message}`;
  });
  throw new UsageError(messages.join('\n'));
}
