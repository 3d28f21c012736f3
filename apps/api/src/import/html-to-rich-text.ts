import { type BlockNode, type InlineNode, LinkHrefSchema, type RichText, richTextToPlainText } from '@kraina/core';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

// Feeds carry HTML; Kraina stores only its rich-text document. Each element either maps onto a node the web
// renders itself (paragraphs, headings, lists, quotations, links, emphasis) or is dropped: the HTML itself is never
// kept, so nothing a feed's author wrote can reach a reader's browser as markup. parse5 parses as a browser does,
// so entities are decoded and unclosed tags are closed the way the feed's author saw them.

type Mark = NonNullable<Extract<InlineNode, { type: 'text' }>['marks']>[number];
type Node = DefaultTreeAdapterMap['childNode'];
type ParagraphNode = Extract<BlockNode, { type: 'paragraph' }>;
// Lists are spelled out here: the types zod infers for core's recursive list schemas are too loose to build with.
interface ListItemNode {
  type: 'listItem';
  content: (ParagraphNode | ListNode)[];
}
interface ListNode {
  type: 'bulletList' | 'orderedList';
  attrs?: { start: number };
  content: ListItemNode[];
}
type Block = Exclude<BlockNode, { type: 'bulletList' | 'orderedList' }> | ListNode;

// Dropped with everything inside them: code, embedded documents, media (imported media needs the media library),
// forms, and what is not text at all.
const droppedElements = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'head', 'title', 'meta', 'link', 'base', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'dialog',
]);

const markOf: Record<string, Mark> = {
  b: { type: 'bold' }, strong: { type: 'bold' },
  i: { type: 'italic' }, em: { type: 'italic' }, cite: { type: 'italic' }, dfn: { type: 'italic' },
  u: { type: 'underline' }, ins: { type: 'underline' },
  s: { type: 'strike' }, strike: { type: 'strike' }, del: { type: 'strike' },
  code: { type: 'code' }, kbd: { type: 'code' }, samp: { type: 'code' }, tt: { type: 'code' },
  sup: { type: 'superscript' }, sub: { type: 'subscript' },
};

// Elements that end the paragraph before them and start a new one after: their content becomes blocks of its own.
const blockContainers = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'address',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'details', 'summary', 'center',
  'pre', 'body', 'html', 'fieldset', 'legend', 'hgroup',
]);

const maxTextLength = 20_000; // a text node's limit in core's schema; longer runs are split, not cut

interface Walk {
  marks: readonly Mark[];
  /** Inside <pre>: line breaks are kept as breaks instead of collapsing into spaces. */
  preformatted: boolean;
  /** The address relative links are resolved against: the item's own page. */
  base: string | undefined;
}

/** Collects blocks, and the run of inline content that becomes the next paragraph. */
class DocumentBuilder {
  readonly blocks: Block[] = [];
  private run: InlineNode[] = [];

  text(value: string, marks: readonly Mark[]): void {
    if (value === '') return;
    const last = this.run.at(-1);
    if (last?.type === 'text' && sameMarks(last.marks ?? [], marks)) last.text += value;
    else this.run.push({ type: 'text', text: value, ...(marks.length > 0 ? { marks: [...marks] } : {}) });
  }

  hardBreak(): void {
    this.run.push({ type: 'hardBreak' });
  }

  block(node: Block): void {
    this.endParagraph();
    this.blocks.push(node);
  }

  /** Ends the current paragraph, dropping it when it holds only white space. */
  endParagraph(): void {
    const content = tidyInline(this.run);
    this.run = [];
    if (content.length > 0) this.blocks.push({ type: 'paragraph', content });
  }

  finish(): Block[] {
    this.endParagraph();
    return this.blocks;
  }
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((mark, i) => JSON.stringify(mark) === JSON.stringify(b[i]));
}

/** Trims white space at the paragraph's edges and around line breaks, and splits text longer than a node may be. */
function tidyInline(run: readonly InlineNode[]): InlineNode[] {
  const nodes = run.map((node) => ({ ...node }));
  nodes.forEach((node, i) => {
    if (node.type !== 'text') return;
    if (i === 0 || nodes[i - 1]?.type === 'hardBreak') node.text = node.text.replace(/^[ \t\n\r\f]+/, '');
    if (i === nodes.length - 1 || nodes[i + 1]?.type === 'hardBreak') node.text = node.text.replace(/[ \t\n\r\f]+$/, '');
  });
  const kept = nodes.filter((node) => node.type !== 'text' || node.text !== '');
  while (kept[0]?.type === 'hardBreak') kept.shift();
  while (kept.at(-1)?.type === 'hardBreak') kept.pop();
  return kept.flatMap((node) => {
    if (node.type !== 'text' || node.text.length <= maxTextLength) return [node];
    const parts: InlineNode[] = [];
    for (let at = 0; at < node.text.length; at += maxTextLength) parts.push({ ...node, text: node.text.slice(at, at + maxTextLength) });
    return parts;
  });
}

function attribute(node: Node, name: string): string | undefined {
  return 'attrs' in node ? node.attrs.find((a) => a.name === name)?.value : undefined;
}

/** A link target core accepts (http(s), mailto, tel), resolved against the item's page; undefined drops the link. */
export function safeHref(href: string | undefined, base: string | undefined): string | undefined {
  const given = href?.trim();
  if (!given || given.startsWith('#')) return undefined;
  let resolved = given;
  if (!/^(mailto|tel):/i.test(given)) {
    try {
      resolved = new URL(given, base).href;
    } catch {
      return undefined; // relative with no page to resolve it against, or not a URL at all
    }
  }
  return LinkHrefSchema.safeParse(resolved).success ? resolved : undefined;
}

function withMark(marks: readonly Mark[], mark: Mark): readonly Mark[] {
  if (marks.some((m) => m.type === mark.type)) return marks; // <b><b>…</b></b> is bold once; an inner link loses to the outer
  return marks.length >= 8 ? marks : [...marks, mark];
}

function walkChildren(nodes: readonly Node[], walk: Walk, out: DocumentBuilder): void {
  for (const node of nodes) walkNode(node, walk, out);
}

function walkNode(node: Node, walk: Walk, out: DocumentBuilder): void {
  if (node.nodeName === '#text' && 'value' in node) {
    if (!walk.preformatted) out.text(node.value.replace(/[ \t\n\r\f]+/g, ' '), walk.marks);
    else node.value.split('\n').forEach((line, i) => {
      if (i > 0) out.hardBreak();
      out.text(line, walk.marks);
    });
    return;
  }
  if (!('tagName' in node)) return; // comments, doctypes
  const tag = node.tagName;
  const children = 'content' in node ? node.content.childNodes : node.childNodes;
  if (droppedElements.has(tag)) return;
  if (tag === 'br') return out.hardBreak();
  if (tag === 'hr') return out.block({ type: 'horizontalRule' });
  const mark = markOf[tag];
  if (mark) return walkChildren(children, { ...walk, marks: withMark(walk.marks, mark) }, out);
  if (tag === 'a') {
    const href = safeHref(attribute(node, 'href'), walk.base);
    const marks = href === undefined ? walk.marks : withMark(walk.marks, { type: 'link', attrs: { href } });
    return walkChildren(children, { ...walk, marks }, out);
  }
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    // Level 1 is the page's own headline, so a feed's <h1> becomes the body's first level.
    const content = inlineOf(children, walk);
    if (content.length > 0) out.block({ type: 'heading', attrs: { level: Math.max(2, Number(heading[1])) }, content });
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    const list = listOf(tag, node, children, walk);
    if (list) out.block(list);
    return;
  }
  if (tag === 'blockquote') {
    const inner = new DocumentBuilder();
    walkChildren(children, walk, inner);
    const content = inner.finish().flatMap(paragraphsOf);
    if (content.length > 0) out.block({ type: 'blockquote', content });
    return;
  }
  if (blockContainers.has(tag) || tag === 'li') {
    out.endParagraph();
    walkChildren(children, tag === 'pre' ? { ...walk, preformatted: true } : walk, out);
    out.endParagraph();
    return;
  }
  walkChildren(children, walk, out); // span, font, abbr, small, time, …: their text stays, the element goes
}

/** The inline content of an element that may hold only inline content (a heading): blocks inside become breaks. */
function inlineOf(children: readonly Node[], walk: Walk): InlineNode[] {
  const inner = new DocumentBuilder();
  walkChildren(children, walk, inner);
  const lines = inner.finish().flatMap(paragraphsOf).map((p) => p.content ?? []);
  return lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'hardBreak' } as const, ...line]));
}

function listOf(tag: 'ul' | 'ol', node: Node, children: readonly Node[], walk: Walk): ListNode | undefined {
  const items: ListItemNode[] = [];
  const loose = new DocumentBuilder(); // text directly inside the list, outside any <li>, as browsers show it
  for (const child of children) {
    if ('tagName' in child && child.tagName === 'li') {
      const inner = new DocumentBuilder();
      walkChildren(child.childNodes, walk, inner);
      const content = inner.finish().flatMap((block): (ParagraphNode | ListNode)[] => (block.type === 'bulletList' || block.type === 'orderedList' ? [block] : paragraphsOf(block)));
      if (content.length > 0) items.push({ type: 'listItem', content });
    } else walkNode(child, walk, loose);
  }
  for (const paragraph of loose.finish().flatMap(paragraphsOf)) items.push({ type: 'listItem', content: [paragraph] });
  if (items.length === 0) return undefined;
  if (tag === 'ul') return { type: 'bulletList', content: items };
  const start = Number(attribute(node, 'start'));
  return { type: 'orderedList', ...(Number.isInteger(start) && start > 1 && start <= 1_000_000 ? { attrs: { start } } : {}), content: items };
}

/** A block as the paragraphs a quotation or a list item can hold. */
function paragraphsOf(block: Block | ListItemNode): ParagraphNode[] {
  switch (block.type) {
    case 'paragraph':
      return [block];
    case 'heading':
      return block.content && block.content.length > 0 ? [{ type: 'paragraph', content: block.content }] : [];
    case 'blockquote':
      return block.content;
    case 'bulletList':
    case 'orderedList':
    case 'listItem':
      return block.content.flatMap(paragraphsOf);
    case 'image':
    case 'horizontalRule':
      return [];
  }
}

/**
 * Maps an HTML fragment onto a rich-text document, keeping paragraphs, headings, lists, quotations, line breaks,
 * emphasis and links with safe targets; everything else is dropped, and scripts and styles with their content.
 * `base` is the page the HTML came from, against which relative links are resolved.
 */
export function htmlToRichText(html: string, base?: string): RichText {
  const out = new DocumentBuilder();
  walkChildren(parseFragment(html).childNodes, { marks: [], preformatted: false, base }, out);
  const content: unknown = out.finish(); // built to core's shapes; see ListNode above for why the types are local
  return { type: 'doc', content: content as RichText['content'] };
}

/** The text of an HTML fragment on one line, entities decoded and tags dropped: for headlines and leads. */
export function htmlToPlainText(html: string): string {
  return richTextToPlainText(htmlToRichText(html)).replace(/\s+/g, ' ').trim();
}
