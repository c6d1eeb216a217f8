/**
 * Markdown (CommonMark + GFM footnotes, tables, autolinks; YAML front matter) with unified,
 * remark-parse and remark-gfm. Visible text keeps, per character, its offset in the file.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Block, BlockKind, SourceFile } from '../model/types.js';
import { BlockBuilder } from './block-builder.js';
import { emptyResult, type ReadResult, type Reader } from './types.js';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  label?: string;
  identifier?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const startOf = (node: MdNode) => node.position?.start.offset ?? 0;
const endOf = (node: MdNode) => node.position?.end.offset ?? 0;

/** The first text a node shows (its value, or its first descendant's). */
function firstText(node: MdNode): string {
  if (node.value) return node.value;
  for (const child of node.children ?? []) {
    const text = firstText(child);
    if (text) return text;
  }
  return '';
}

/**
 * Some syntax-tree transforms (GFM autolink literals) create nodes without positions; give
 * them positions by finding their text in the source, in order, inside their parent.
 */
function repairPositions(parent: MdNode, text: string): void {
  let cursor = startOf(parent);
  const end = endOf(parent);
  for (const child of parent.children ?? []) {
    if (!child.position && parent.position) {
      const probe = firstText(child);
      const found = probe ? text.indexOf(probe.slice(0, 24), cursor) : -1;
      const start = found !== -1 && found < end ? found : cursor;
      const length = child.type === 'text' ? (child.value ?? '').length : probe.length;
      child.position = { start: { offset: start }, end: { offset: Math.min(end, start + length) } };
    }
    if (child.children) repairPositions(child, text);
    cursor = Math.max(cursor, endOf(child));
  }
}

class MarkdownWalker {
  readonly result: ReadResult = emptyResult('markdown');

  constructor(private readonly text: string) {}

  walkBlocks(nodes: MdNode[], context: { footnote?: string; ordinal?: number; inList?: boolean }): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'yaml':
          this.readFrontMatter(node);
          break;
        case 'heading':
          this.addInlineBlock(node, 'heading', context, { depth: node.depth });
          break;
        case 'paragraph':
          this.addInlineBlock(node, context.inList ? 'list-item' : 'paragraph', context);
          context = { ...context, ordinal: undefined }; // only the item's first paragraph carries the number
          break;
        case 'list':
          (node.children ?? []).forEach((item, i) => {
            const ordinal = node.ordered ? (node.start ?? 1) + i : undefined;
            this.walkBlocks(item.children ?? [], { ...context, ordinal, inList: true });
          });
          break;
        case 'blockquote':
          this.walkBlocks(node.children ?? [], context);
          break;
        case 'table':
          for (const row of node.children ?? []) this.addInlineBlock(row, 'table-row', context);
          break;
        case 'code':
          this.addCodeBlock(node, context);
          break;
        case 'footnoteDefinition':
          this.addFootnoteDefinition(node);
          break;
        default:
          break; // html blocks, thematic breaks, definitions: no visible prose
      }
    }
  }

  private readFrontMatter(node: MdNode): void {
    try {
      const data = parseYaml(node.value ?? '');
      if (data && typeof data === 'object') this.result.frontMatter = data as Record<string, unknown>;
    } catch {
      // Broken front matter is the document's problem, not a reason to stop reading it.
    }
  }

  private addCodeBlock(node: MdNode, context: { footnote?: string }): void {
    const builder = new BlockBuilder();
    builder.pushAligned(node.value ?? '', this.text, startOf(node), endOf(node));
    this.result.blocks.push(builder.build('code', { start: startOf(node), end: endOf(node) }, { footnote: context.footnote }));
  }

  private addInlineBlock(node: MdNode, kind: BlockKind, context: { footnote?: string; ordinal?: number }, extra: Partial<Block> = {}): void {
    const builder = new BlockBuilder();
    this.walkInline(node.children ?? [], builder);
    const block = builder.build(kind, { start: startOf(node), end: endOf(node) }, { ...extra, footnote: context.footnote });
    if (context.ordinal !== undefined) block.ordinal = context.ordinal;
    this.result.blocks.push(block);
  }

  private walkInline(nodes: MdNode[], builder: BlockBuilder): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          if (this.superscript) this.superscript.label += node.value ?? '';
          else builder.pushAlignedFlowing(node.value ?? '', this.text, startOf(node), endOf(node));
          break;
        case 'inlineCode': {
          // Code is not prose: keep its place (as spaces) so nothing is extracted from it.
          const start = startOf(node);
          builder.pushSynthetic(' '.repeat(Math.max(1, endOf(node) - start)), start);
          this.collectLinks(node, true);
          break;
        }
        case 'break':
          builder.pushSynthetic('\n', startOf(node));
          break;
        case 'link':
          this.result.links.push({ url: node.url ?? '', span: { start: startOf(node), end: endOf(node) }, inCode: false });
          this.walkInline(node.children ?? [], builder);
          break;
        case 'footnoteReference':
          this.result.footnoteMarkers.push({
            label: node.label ?? node.identifier ?? '',
            span: { start: startOf(node), end: endOf(node) },
            style: 'gfm',
          });
          break;
        case 'html':
          this.readInlineTag(node); // inline tags carry no visible text; <sup>n</sup> is a note marker
          break;
        case 'image':
        case 'imageReference':
          break;
        default:
          if (node.children) this.walkInline(node.children, builder);
          else if (node.value) builder.pushAligned(node.value, this.text, startOf(node), endOf(node));
      }
      if (node.type === 'tableCell') builder.pushSynthetic('\t', endOf(node));
    }
  }

  private superscript: { start: number; label: string } | null = null;

  private readInlineTag(node: MdNode): void {
    const tag = (node.value ?? '').trim().toLowerCase();
    if (tag.startsWith('<sup')) this.superscript = { start: startOf(node), label: '' };
    else if (tag === '</sup>' && this.superscript) {
      const label = this.superscript.label.trim();
      if (/^[\w*†‡§]{1,4}$/u.test(label)) {
        this.result.footnoteMarkers.push({ label, span: { start: this.superscript.start, end: endOf(node) }, style: 'html' });
      }
      this.superscript = null;
    }
  }

  private collectLinks(node: MdNode, inCode: boolean): void {
    const value = node.value ?? '';
    for (const match of value.matchAll(/https?:\/\/[^\s`'"<>]+/g)) {
      const start = startOf(node) + this.text.slice(startOf(node), endOf(node)).indexOf(match[0]);
      this.result.links.push({ url: match[0], span: { start, end: start + match[0].length }, inCode });
    }
  }

  private addFootnoteDefinition(node: MdNode): void {
    const label = node.label ?? node.identifier ?? '';
    const first = this.result.blocks.length;
    this.walkBlocks(node.children ?? [], { footnote: label });
    const blocks = this.result.blocks.slice(first);
    const labelEnd = this.text.indexOf(']:', startOf(node));
    this.result.footnoteDefinitions.push({
      label,
      labelSpan: { start: startOf(node), end: labelEnd === -1 ? startOf(node) + 1 : labelEnd + 2 },
      span: { start: startOf(node), end: endOf(node) },
      text: blocks.map((b) => b.text).join('\n').trim(),
      style: 'gfm',
      block: blocks.length > 0 ? first : -1,
    });
    for (const block of blocks) if (block.kind === 'paragraph') block.kind = 'footnote-definition';
  }
}

export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['.md', '.markdown', '.mdown', '.mkd', '.qmd', '.rmd'],
  read(source: SourceFile): ReadResult {
    const tree = processor.parse(source.text) as unknown as MdNode;
    repairPositions(tree, source.text);
    const walker = new MarkdownWalker(source.text);
    walker.walkBlocks(tree.children ?? [], {});
    const result = walker.result;
    const bibliography = result.frontMatter?.['bibliography'];
    if (typeof bibliography === 'string') result.bibliographyFiles.push(bibliography);
    else if (Array.isArray(bibliography)) result.bibliographyFiles.push(...bibliography.filter((b): b is string => typeof b === 'string'));
    return result;
  },
};
