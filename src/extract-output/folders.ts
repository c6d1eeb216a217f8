/**
 * The folder of each document in `citecheck extract --out DIR`: its path relative to the
 * argument it was found under (its base name when the argument was the file), "/" → "__".
 * Two documents that would share a name (same base name under two file arguments) get "~2", "~3".
 */
import { basename, relative } from 'node:path';

const toSlash = (p: string) => p.replace(/\\/g, '/');

export function folderName(path: string, root: string): string {
  const [file, base] = [toSlash(path), toSlash(root)];
  const rel = file === base ? basename(file) : toSlash(relative(base, file));
  const name = rel === '' || rel.startsWith('..') ? basename(file) : rel;
  return name.split('/').join('__');
}

export function folderNames(files: { path: string; root: string }[]): string[] {
  const used = new Map<string, number>();
  return files.map(({ path, root }) => {
    const name = folderName(path, root);
    const count = (used.get(name) ?? 0) + 1;
    used.set(name, count);
    return count === 1 ? name : `${name}~${count}`;
  });
}
