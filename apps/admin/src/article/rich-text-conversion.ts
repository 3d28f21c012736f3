import { type BlockNode, type InlineNode, LinkHrefSchema, type RichText } from '@kraina/core';
import type { JSONContent } from '@tiptap/core';

// Core's rich text is the ProseMirror JSON shape with a closed set of nodes and marks, each with only the attributes
// the web renders. Tiptap's JSON carries more (a link's target and rel, a list's type, empty attrs); these two
// functions keep exactly what core's schema takes, so what the editor produces always validates.

type Mark = NonNullable<Extract<InlineNode, { type: 'text' }>['marks']>[number];
type Paragraph = Extract<BlockNode, { type: 'paragraph' }>;
type ListItem = Extract<BlockNode, { type: 'bulletList' }>['content'][number];

const simpleMarks = new Set(['bold', 'italic', 'underline', 'strike', 'code', 'superscript', 'subscript']);

function markFromEditor(mark: NonNullable<JSONContent['marks']>[number]): Mark[] {
  if (simpleMarks.has(mark.type)) return [{ type: mark.type as Exclude<Mark['type'], 'link'> }];
  if (mark.type === 'link') {
    // A link the schema refuses (javascript:, a typo) keeps its text and loses the link, rather than failing the save.
    const href = LinkHrefSchema.safeParse(mark.attrs?.href);
    return href.success ? [{ type: 'link', attrs: { href: href.data } }] : [];
  }
  return [];
}

function inlineFromEditor(nodes: JSONContent[] | undefined): InlineNode[] {
  return (nodes ?? []).flatMap((node): InlineNode[] => {
    if (node.type === 'hardBreak') return [{ type: 'hardBreak' }];
    if (node.type !== 'text' || node.text === undefined || node.text === '') return [];
    const marks = (node.marks ?? []).flatMap(markFromEditor);
    return [marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text }];
  });
}

function paragraphFromEditor(node: JSONContent): Paragraph {
  const content = inlineFromEditor(node.content);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listItemsFromEditor(items: JSONContent[] | undefined): ListItem[] {
  return (items ?? []).flatMap((item): ListItem[] => {
    const content = (item.content ?? []).flatMap((child): ListItem['content'] => {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        const block = blockFromEditor(child)[0];
        return block?.type === 'bulletList' || block?.type === 'orderedList' ? [block] : [];
      }
      return [paragraphFromEditor(child)];
    });
    return content.length > 0 ? [{ type: 'listItem', content }] : [];
  });
}

function blockFromEditor(node: JSONContent): BlockNode[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraphFromEditor(node)];
    case 'heading': {
      // Level 1 is the article's own headline, so a body heading is at least a level 2.
      const level = Math.min(6, Math.max(2, Number(node.attrs?.level ?? 2)));
      const content = inlineFromEditor(node.content);
      return [content.length > 0 ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } }];
    }
    case 'blockquote': {
      const paragraphs = (node.content ?? []).flatMap((child) => (child.type === 'paragraph' ? [paragraphFromEditor(child)] : blockFromEditor(child).filter((b): b is Paragraph => b.type === 'paragraph')));
      if (paragraphs.length === 0) return [];
      const attribution = typeof node.attrs?.attribution === 'string' ? node.attrs.attribution.trim() : '';
      return [attribution === '' ? { type: 'blockquote', content: paragraphs } : { type: 'blockquote', attrs: { attribution }, content: paragraphs }];
    }
    case 'bulletList': {
      const content = listItemsFromEditor(node.content);
      return content.length > 0 ? [{ type: 'bulletList', content }] : [];
    }
    case 'orderedList': {
      const content = listItemsFromEditor(node.content);
      const start = Number(node.attrs?.start ?? 1);
      if (content.length === 0) return [];
      return [Number.isInteger(start) && start > 1 ? { type: 'orderedList', attrs: { start }, content } : { type: 'orderedList', content }];
    }
    case 'image': {
      const { mediaId, alt, caption } = (node.attrs ?? {}) as Record<string, unknown>;
      if (typeof mediaId !== 'string') return [];
      return [{ type: 'image', attrs: { mediaId, ...(typeof alt === 'string' && alt !== '' ? { alt } : {}), ...(typeof caption === 'string' && caption !== '' ? { caption } : {}) } }];
    }
    case 'horizontalRule':
      return [{ type: 'horizontalRule' }];
    default:
      // A block core has no node for (a pasted code block, say) keeps its text as a paragraph.
      return node.content ? [paragraphFromEditor({ type: 'paragraph', content: node.content.flatMap((c) => c.content ?? [c]) })] : [];
  }
}

/** Tiptap's document as core's rich text: only core's nodes, marks and attributes; empty trailing paragraphs dropped. */
export function richTextFromEditor(doc: JSONContent): RichText {
  const content = (doc.content ?? []).flatMap(blockFromEditor);
  while (content.length > 0) {
    const last = content[content.length - 1];
    if (last?.type !== 'paragraph' || (last.content ?? []).length > 0) break;
    content.pop();
  }
  return { type: 'doc', content };
}

/**
 * Core's rich text as Tiptap's document. Core's shape already is ProseMirror JSON, so this copies it; an empty body
 * becomes one empty paragraph, where the cursor can start.
 */
export function richTextToEditor(doc: RichText): JSONContent {
  const content = structuredClone(doc.content) as JSONContent[];
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
