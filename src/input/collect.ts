/**
 * Expands the command line's paths into document files (folders are walked, sorted, hidden
 * folders and node_modules skipped). Problems become "skipped" entries, never exceptions.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface CollectedFile {
  /** Path as given, or joined from the given folder (forward slashes). */
  path: string;
  /** The command-line argument it was found under (for `extract` folder names). */
  root: string;
}

export interface SkippedPath {
  path: string;
  reason: string;
  /** A usage problem (the path does not exist): the run exits 2 after writing the report. */
  usage: boolean;
}

const toSlash = (p: string) => p.replace(/\\/g, '/');

export function collectFiles(paths: string[], documentExtensions: Set<string>, ignored: (path: string) => boolean): { files: CollectedFile[]; skipped: SkippedPath[] } {
  const files: CollectedFile[] = [];
  const skipped: SkippedPath[] = [];
  const seen = new Set<string>();
  const add = (path: string, root: string) => {
    const clean = toSlash(path);
    if (seen.has(clean) || ignored(clean)) return;
    seen.add(clean);
    files.push({ path: clean, root: toSlash(root) });
  };

  for (const given of paths) {
    let stats;
    try {
      stats = statSync(given);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      skipped.push({ path: toSlash(given), reason: code === 'ENOENT' ? 'no such file or folder' : `cannot access (${code})`, usage: true });
      continue;
    }
    if (stats.isDirectory()) walk(given, given, documentExtensions, add, skipped);
    else add(given, given);
  }
  return { files, skipped };
}

function walk(dir: string, root: string, extensions: Set<string>, add: (path: string, root: string) => void, skipped: SkippedPath[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    skipped.push({ path: toSlash(dir), reason: `cannot read folder (${(error as NodeJS.ErrnoException).code})`, usage: false });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, root, extensions, add, skipped);
    else if (entry.isFile() && extensions.has(extname(entry.name).toLowerCase())) add(path, root);
  }
}

/** "*" matches within a folder, "**" across folders; a pattern without "/" matches base names too. */
export function globMatcher(patterns: string[]): (path: string) => boolean {
  const regexes = patterns.map((pattern) => {
    const body = pattern
      .split('**')
      .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
      .join('.*');
    return new RegExp(pattern.includes('/') ? `^(?:\\./)?${body}$` : `(?:^|/)${body}$`);
  });
  return (path) => regexes.some((r) => r.test(path));
}
