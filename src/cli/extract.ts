/**
 * `citecheck extract [paths...] --out DIR`: per document a folder with what the extractors read
 * (references.json/.bib, citations.json, footnotes.json, urls.json, dates.json) and DIR/index.json.
 * The lists come from the same document model the checks see. Unreadable paths are reported on
 * standard error; the other documents are still extracted; exit 2 when a path was a usage error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../config/errors.js';
import { loadDocuments, loadSetup } from '../pipeline/run.js';
import type { DocModel } from '../model/types.js';
import { folderNames } from '../extract-output/folders.js';
import { citationRecords, dateRecords, footnoteRecords, urlRecords } from '../extract-output/lists.js';
import { referenceRecords, referencesBibtex } from '../extract-output/references.js';
import type { AuditOptions } from './options.js';
import type { Io } from './main.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one document's folder, by name. */
export function extractedFiles(doc: DocModel): Record<string, string> {
  const references = referenceRecords(doc);
  return {
    'references.json': json(references),
    'references.bib': referencesBibtex(references),
    'citations.json': json(citationRecords(doc)),
    'footnotes.json': json(footnoteRecords(doc)),
    'urls.json': json(urlRecords(doc)),
    'dates.json': json(dateRecords(doc)),
  };
}

function write(path: string, body: string): void {
  try {
    writeFileSync(path, body);
  } catch (error) {
    throw new UsageError(`cannot write ${resolve(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function runExtract(options: AuditOptions, rulesDir: string, io: Io): number {
  const setup = loadSetup(rulesDir, options.config);
  const { docs, skipped, roots } = loadDocuments(options.paths, setup, { manuscript: options.manuscript });
  try {
    mkdirSync(options.out, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot write to ${resolve(options.out)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const folders = folderNames(docs.map((doc) => ({ path: doc.source.path, root: roots.get(doc.source.path) ?? doc.source.path })));
  const index = docs.map((doc, i) => ({ file: doc.source.path, folder: folders[i]! }));
  docs.forEach((doc, i) => {
    const folder = join(options.out, folders[i]!);
    mkdirSync(folder, { recursive: true });
    for (const [name, body] of Object.entries(extractedFiles(doc))) write(join(folder, name), body);
  });
  write(join(options.out, 'index.json'), json(index));
  for (const skip of skipped) io.stderr(`citecheck: skipped ${skip.path}: ${skip.reason}\n`);
  const usage = skipped.some((s) => s.usage);
  io.stdout(`Extracted ${docs.length} document(s) into ${options.out}/ (index.json lists the folders).${usage ? ' Exit code 2: some paths could not be read (see above).' : ''}\n`);
  return usage ? 2 : 0;
}
