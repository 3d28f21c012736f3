import { type RichText, RichTextSchema } from '@kraina/core';
import { type JSONContent, getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { richTextFromEditor, richTextToEditor } from './rich-text-conversion.js';
import { richTextExtensions } from './rich-text-extensions.js';

const schema = getSchema(richTextExtensions);
// Through the editor's real ProseMirror schema, as loading a body into Tiptap and reading it back does.
const throughEditor = (doc: RichText) => richTextFromEditor(Node.fromJSON(schema, richTextToEditor(doc)).toJSON() as JSONContent);

// Marks in the editor schema's own order (link before bold), which ProseMirror keeps them in.
const everyKind: RichText = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Programme' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Tickets ' },
        { type: 'text', text: 'on sale', marks: [{ type: 'link', attrs: { href: 'https://example.org/tickets' } }, { type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'now.', marks: [{ type: 'italic' }] },
      ],
    },
    { type: 'blockquote', attrs: { attribution: 'Minister of Culture' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A great season.' }] }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Opera' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Ballet' }] },
            { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Giselle' }] }] }] },
          ],
        },
      ],
    },
    { type: 'image', attrs: { mediaId: '5f0c6f2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f', alt: 'The stage' } },
    { type: 'horizontalRule' },
  ],
};

describe('rich text between core and the Tiptap editor', () => {
  it('comes back from the editor exactly as it went in, for every kind of node core has', () => {
    expect(throughEditor(everyKind)).toEqual(everyKind);
  });

  it('gives the editor one empty paragraph for an empty body, and reads that back as an empty body', () => {
    expect(richTextToEditor({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(throughEditor({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [] });
  });

  it('keeps only the attributes core takes, so what the editor makes always validates', () => {
    const fromTiptap = {
      type: 'doc',
      content: [
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org', target: '_blank', rel: 'noopener', class: null } }] }] },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Too high' }] },
        { type: 'blockquote', attrs: { attribution: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }] },
      ],
    };
    const doc = richTextFromEditor(fromTiptap);
    expect(RichTextSchema.safeParse(doc).success).toBe(true);
    expect(doc.content[0]).toEqual({ type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] });
    expect(doc.content[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }] });
    expect(doc.content[2]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(doc.content[3]).toEqual({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }] });
  });

  it('keeps the text of a link core refuses, without the link', () => {
    const doc = richTextFromEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] });
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click' }] }] });
  });

  it('keeps the text of a block core has no node for as a paragraph', () => {
    const doc = richTextFromEditor({ type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'npm start' }] }] });
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'npm start' }] }] });
  });
});
