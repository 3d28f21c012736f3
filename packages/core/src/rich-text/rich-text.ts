import { z } from 'zod';

// Body text travels as a document tree (the ProseMirror/Tiptap JSON shape), never as HTML from the client:
// the web app renders each node itself, so no markup a client sends can reach a reader's browser.

/** A link target: http(s), mailto or tel, or a path on this site. `javascript:` and friends never validate. */
export const LinkHrefSchema = z.union([
  z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(2000),
  z.string().max(320).regex(/^mailto:[^\s@/]+@[^\s@/]+$/, 'Must be a mailto: address'),
  z.string().max(40).regex(/^tel:\+?[0-9][0-9 ()-]{2,30}$/, 'Must be a tel: number'),
  z.string().max(2000).regex(/^\/([^/\s\\][^\s\\]*)?$/, 'Must be an http(s), mailto or tel URL, or a path starting with "/"'),
]);

/** Inline formatting on a run of text. */
export const MarkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['bold', 'italic', 'underline', 'strike', 'code', 'superscript', 'subscript']) }),
  z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: LinkHrefSchema }) }),
]);

/** A run of text with its marks. */
export const TextNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(20_000),
  marks: z.array(MarkSchema).max(8).optional(),
});

/** Inline content: text, or a line break inside a paragraph. */
export const InlineNodeSchema = z.discriminatedUnion('type', [
  TextNodeSchema,
  z.strictObject({ type: z.literal('hardBreak') }),
]);

const inlineContent = z.array(InlineNodeSchema).max(2000).optional();

/** A paragraph of inline content. */
export const ParagraphNodeSchema = z.strictObject({ type: z.literal('paragraph'), content: inlineContent });

/** A heading inside a body; level 1 is the page's own headline, so bodies start at 2. */
export const HeadingNodeSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.int().min(2).max(6) }),
  content: inlineContent,
});

/** A quotation, optionally attributed to the person who said it ("said Minister of Sport …"). */
export const BlockquoteNodeSchema = z.strictObject({
  type: z.literal('blockquote'),
  attrs: z.strictObject({ attribution: z.string().trim().min(1).max(300).optional() }).optional(),
  content: z.array(ParagraphNodeSchema).min(1).max(50),
});

/** An image from the media library placed in the body; alt text and caption come from the media item unless given. */
export const ImageNodeSchema = z.strictObject({
  type: z.literal('image'),
  attrs: z.strictObject({
    mediaId: z.uuid(),
    alt: z.string().trim().max(500).optional(),
    caption: z.string().trim().max(500).optional(),
  }),
});

/** A list item: paragraphs and nested lists. */
export const ListItemNodeSchema = z.strictObject({
  type: z.literal('listItem'),
  get content() {
    return z.array(z.union([ParagraphNodeSchema, BulletListNodeSchema, OrderedListNodeSchema])).min(1).max(50);
  },
}).meta({ id: 'ListItemNode' });

/** A bulleted list. */
export const BulletListNodeSchema = z.strictObject({
  type: z.literal('bulletList'),
  get content() {
    return z.array(ListItemNodeSchema).min(1).max(500);
  },
}).meta({ id: 'BulletListNode' });

/** A numbered list, optionally starting from a number other than 1. */
export const OrderedListNodeSchema = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z.strictObject({ start: z.int().min(1).max(1_000_000) }).optional(),
  get content() {
    return z.array(ListItemNodeSchema).min(1).max(500);
  },
}).meta({ id: 'OrderedListNode' });

/** Any block a body may hold. */
export const BlockNodeSchema = z.discriminatedUnion('type', [
  ParagraphNodeSchema,
  HeadingNodeSchema,
  BlockquoteNodeSchema,
  BulletListNodeSchema,
  OrderedListNodeSchema,
  ImageNodeSchema,
  z.strictObject({ type: z.literal('horizontalRule') }),
]);

/** A body of structured rich text: the document an editor produces and the web renders. */
export const RichTextSchema = z
  .strictObject({ type: z.literal('doc'), content: z.array(BlockNodeSchema).max(5000) })
  .meta({ id: 'RichText' });
/** A structured rich-text document. */
export type RichText = z.infer<typeof RichTextSchema>;
/** One block of a rich-text document. */
export type BlockNode = z.infer<typeof BlockNodeSchema>;
/** One inline node of a rich-text document. */
export type InlineNode = z.infer<typeof InlineNodeSchema>;
type ListItemNode = z.infer<typeof ListItemNodeSchema>;

/** An empty document, the starting body of a new item. */
export const emptyRichText = (): RichText => ({ type: 'doc', content: [] });

/** A document of plain paragraphs, one per string: handy for imports and tests. */
export function richTextFromParagraphs(paragraphs: readonly string[]): RichText {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] })),
  };
}

function inlineText(content: readonly InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

function blockText(block: BlockNode | ListItemNode): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(block.content)];
    case 'blockquote':
      return [...block.content.map((p) => inlineText(p.content)), ...(block.attrs?.attribution ? [block.attrs.attribution] : [])];
    case 'bulletList':
    case 'orderedList':
      return block.content.flatMap(blockText);
    case 'listItem':
      return block.content.flatMap(blockText);
    case 'image':
      return block.attrs.caption ? [block.attrs.caption] : [];
    case 'horizontalRule':
      return [];
  }
}

/** The document's text, blocks separated by blank lines: for search indexes, summaries and feeds. */
export function richTextToPlainText(doc: RichText): string {
  return doc.content.flatMap(blockText).filter((text) => text !== '').join('\n\n');
}

/** A heading that skips a level (an h4 straight after an h2), which screen-reader users navigate by and trip over. */
export interface HeadingSkip {
  index: number;
  level: number;
  previousLevel: number;
}

/** Finds headings that skip levels; the page headline counts as level 1, so the first body heading must be an h2. */
export function findHeadingSkips(doc: RichText): HeadingSkip[] {
  const skips: HeadingSkip[] = [];
  let previousLevel = 1;
  doc.content.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const { level } = block.attrs;
    if (level > previousLevel + 1) skips.push({ index, level, previousLevel });
    previousLevel = level;
  });
  return skips;
}
