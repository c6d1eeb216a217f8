/** The readers, one per format, in one explicit list; plus the choice of reader for a file. */
import { extname } from 'node:path';
import type { SourceFile } from '../model/types.js';
import { htmlReader } from './html.js';
import { markdownReader } from './markdown.js';
import { textReader } from './text.js';
import type { Reader } from './types.js';

export const READERS: readonly Reader[] = [markdownReader, htmlReader, textReader];

export const DOCUMENT_EXTENSIONS = new Set(READERS.flatMap((r) => r.extensions));

/**
 * Text exported from PDFs by converters is often Markdown in all but name (headings "## …",
 * "**bold**", "- " lists): such a .txt file is read as Markdown, which keeps every offset.
 */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 200_000);
  const headings = sample.match(/^#{1,6}\s+\S/gm)?.length ?? 0;
  const strong = sample.match(/\*\*[^*\n]+\*\*/g)?.length ?? 0;
  const bullets = sample.match(/^[-*]\s+\S/gm)?.length ?? 0;
  return headings >= 2 || (headings >= 1 && strong + bullets >= 3) || strong + bullets >= 8;
}

export function readerFor(source: SourceFile): Reader {
  const extension = extname(source.path).toLowerCase();
  const byExtension = READERS.find((r) => r.extensions.includes(extension)) ?? textReader;
  if (byExtension === textReader && looksLikeMarkdown(source.text)) return markdownReader;
  if (byExtension === textReader && /^\s*<(!doctype html|html)\b/i.test(source.text)) return htmlReader;
  return byExtension;
}
