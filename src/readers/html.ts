/**
 * HTML with rehype-parse: the body's visible text (no scripts, styles, navigation boilerplate),
 * links, footnote markers (<sup><a href="#fn3">), notes (id="fn3"), Distill <d-cite>/<d-footnote>.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { BlockKind, SourceFile } from '../model/types.js';
import { BlockBuilder } from './block-builder.js';
import { emptyResult, type ReadResult, type Reader } from './types.js';

interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(rehypeParse, { fragment: false });

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'math', 'head', 'iframe', 'button', 'select', 'd-front-matter', 'd-byline', 'd-appendix-footer']);
const BLOCK_KINDS: Record<string, BlockKind> = {
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph', aside: 'paragraph',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dd: 'paragraph', dt: 'paragraph', figcaption: 'paragraph', caption: 'paragraph',
  blockquote: 'blockquote', pre: 'code', tr: 'table-row', 'd-footnote': 'footnote-definition',
  header: 'paragraph', footer: 'paragraph', body: 'paragraph', 'd-title': 'heading', 'd-article': 'paragraph',
};
const BOILERPLATE_CLASS = /\b(nav|navbar|menu|breadcrumb|cookie|banner|sidebar|site-header|site-footer|skip-link)\b/i;

const startOf = (node: HNode) => node.position?.start.offset ?? 0;
const endOf = (node: HNode) => node.position?.end.offset ?? startOf(node);
const prop = (node: HNode, name: string): string | undefined => {
  const value = node.properties?.[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null ? undefined : String(value);
};

class HtmlWalker {
  readonly result: ReadResult = emptyResult('html');
  private builder: BlockBuilder | null = null;
  private blockNode: HNode | null = null;
  private blockKind: BlockKind = 'paragraph';
  private noteLabel: string | undefined;
  /** The next number of each open list (undefined: an unordered list). */
  private readonly listNumbers: (number | undefined)[] = [];
  /** The number of the <li> whose first block is being read. */
  private itemNumber: number | undefined;

  constructor(private readonly text: string) {}

  walk(node: HNode): void {
    if (node.type === 'text') {
      if (!this.builder || !node.position) return;
      // Outside <pre>, a line break in the source is collapsible white space: it reads as a space.
      if (this.blockKind === 'code') this.builder.pushAligned(node.value ?? '', this.text, startOf(node), endOf(node));
      else this.builder.pushAlignedFlowing(node.value ?? '', this.text, startOf(node), endOf(node));
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const tag = node.tagName ?? '';
    if (SKIPPED.has(tag) || BOILERPLATE_CLASS.test(prop(node, 'className') ?? '') || prop(node, 'role') === 'navigation') return;
    this.noteElement(node, tag);
    if (tag === 'code' || tag === 'pre') {
      this.recordLinks(node, true);
      if (this.builder) {
        this.builder.pushSynthetic(' ', startOf(node));
        return;
      }
    }
    if (tag === 'ol' || tag === 'ul') {
      this.listNumbers.push(tag === 'ol' ? Number(prop(node, 'start') ?? 1) || 1 : undefined);
      for (const child of node.children ?? []) this.walk(child);
      this.listNumbers.pop();
      this.itemNumber = undefined; // an empty last item numbers nothing after the list
      return;
    }
    if (tag === 'li') this.numberItem(node);
    const kind = BLOCK_KINDS[tag];
    if (kind && node.position) {
      this.flush(); // text before a nested block belongs to the outer block
      const outer = { builder: this.builder, node: this.blockNode, kind: this.blockKind };
      this.builder = new BlockBuilder();
      this.blockNode = node;
      this.blockKind = kind;
      for (const child of node.children ?? []) this.walk(child);
      this.flush();
      this.builder = outer.builder ? new BlockBuilder() : null; // the outer block resumes after this one
      this.blockNode = outer.node;
      this.blockKind = outer.kind;
      return;
    }
    if (tag === 'br' && this.builder) this.builder.pushSynthetic('\n', startOf(node));
    for (const child of node.children ?? []) this.walk(child);
  }

  private flush(): void {
    if (!this.builder || !this.blockNode || this.builder.length === 0) return;
    const built = this.builder.build(this.blockKind, { start: this.builder.length ? startOf(this.blockNode) : 0, end: endOf(this.blockNode) });
    if (built.text.trim().length > 0) {
      const firstOffset = built.offsets[0] ?? built.span.start;
      built.span = { start: Math.max(built.span.start, Math.min(firstOffset, built.span.end)), end: built.span.end };
      const depth = /^h([1-6])$/.exec(this.blockNode.tagName ?? '');
      if (depth) built.depth = Number(depth[1]);
      if (this.noteLabel) built.footnote = this.noteLabel;
      if (this.itemNumber !== undefined) built.ordinal = this.itemNumber;
      this.itemNumber = undefined;
      this.result.blocks.push(built);
    }
    this.builder = new BlockBuilder();
  }

  /** An item of an ordered list takes the list's next number (or its own value="n"). */
  private numberItem(node: HNode): void {
    const next = this.listNumbers.at(-1);
    if (next === undefined) return;
    const number = Number(prop(node, 'value') ?? next) || next;
    this.itemNumber = number;
    this.listNumbers[this.listNumbers.length - 1] = number + 1;
  }

  /** Links, citation keys and footnote markers/definitions declared by the markup. */
  private noteElement(node: HNode, tag: string): void {
    const span = { start: startOf(node), end: endOf(node) };
    if (tag === 'a') {
      const href = prop(node, 'href');
      if (href !== undefined) this.result.links.push({ url: href, span, inCode: false });
      const inSup = /^#(fn|footnote|note|ftn)[-_:]?(\w+)$/i.exec(href ?? '');
      if (inSup) this.result.footnoteMarkers.push({ label: inSup[2]!, span, style: 'html' });
    }
    if (tag === 'd-cite') {
      const keys = (prop(node, 'key') ?? '').split(',').map((k) => k.trim()).filter(Boolean);
      if (keys.length) this.result.keyCitations.push({ keys, span });
    }
    if (tag === 'd-bibliography') {
      const src = prop(node, 'src');
      if (src) this.result.bibliographyFiles.push(src);
    }
    const id = prop(node, 'id');
    const noteId = id ? /^(fn|footnote|note|ftn)[-_:]?(\w+)$/i.exec(id) : null;
    if (noteId && tag !== 'a' && tag !== 'sup') {
      this.result.footnoteDefinitions.push({
        label: noteId[2]!,
        labelSpan: { start: span.start, end: Math.min(span.end, span.start + 1) },
        span,
        text: '',
        style: 'html',
        block: this.result.blocks.length,
      });
    }
  }

  private recordLinks(node: HNode, inCode: boolean): void {
    if (node.tagName === 'a' && prop(node, 'href')) {
      this.result.links.push({ url: prop(node, 'href')!, span: { start: startOf(node), end: endOf(node) }, inCode });
    }
    for (const child of node.children ?? []) this.recordLinks(child, inCode);
  }
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read(source: SourceFile): ReadResult {
    const tree = processor.parse(source.text) as unknown as HNode;
    const walker = new HtmlWalker(source.text);
    walker.walk(tree);
    const result = walker.result;
    // A note's text is the text of the blocks inside its element.
    for (const note of result.footnoteDefinitions) {
      const inside = result.blocks.filter((b) => b.span.start >= note.span.start && b.span.end <= note.span.end);
      note.text = inside.map((b) => b.text.trim()).join('\n');
      note.block = inside.length ? result.blocks.indexOf(inside[0]!) : -1;
    }
    return result;
  },
};
