import { describe, expect, it } from 'vitest';
import { validate } from '../errors/validate.js';
import { RichTextSchema, findHeadingSkips, richTextFromParagraphs, richTextToPlainText } from './rich-text.js';

const quote = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The forum opens on Friday.' }] },
    {
      type: 'blockquote',
      attrs: { attribution: 'Minister of Sport and Tourism' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We expect guests from 30 countries.' }] }],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Minsk', marks: [{ type: 'bold' }] }] },
            { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
          ],
        },
      ],
    },
  ],
};

describe('rich text', () => {
  it('accepts a body with a quotation and nested lists', () => {
    expect(validate(RichTextSchema, quote).ok).toBe(true);
  });

  it('rejects raw HTML smuggled in as an unknown node, naming where it is', () => {
    const result = validate(RichTextSchema, { type: 'doc', content: [{ type: 'html', html: '<script>alert(1)</script>' }] });
    expect(result).toMatchObject({ ok: false, issues: [{ pointer: '#/content/0/type' }] });
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/x', 'vbscript:x'])(
    'rejects the link target %s',
    (href) => {
      const doc = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
      };
      const result = validate(RichTextSchema, doc);
      expect(result.ok).toBe(false);
    },
  );

  it.each(['https://www.belarus.by/en/', 'mailto:press@example.by', '/en/news/business/forum'])('accepts the link target %s', (href) => {
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
    };
    expect(validate(RichTextSchema, doc).ok).toBe(true);
  });

  it('rejects a level-1 heading in a body, since the headline is the h1', () => {
    const doc = { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [] }] };
    expect(validate(RichTextSchema, doc)).toMatchObject({ ok: false, issues: [{ pointer: '#/content/0/attrs/level' }] });
  });

  it('finds headings that skip a level', () => {
    const doc = RichTextSchema.parse({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 } },
        { type: 'heading', attrs: { level: 3 } },
        { type: 'heading', attrs: { level: 2 } },
        { type: 'heading', attrs: { level: 4 } },
      ],
    });
    expect(findHeadingSkips(doc)).toEqual([{ index: 3, level: 4, previousLevel: 2 }]);
    expect(findHeadingSkips(RichTextSchema.parse({ type: 'doc', content: [{ type: 'heading', attrs: { level: 3 } }] }))).toHaveLength(1);
  });

  it('flattens a body to plain text for search and feeds', () => {
    expect(richTextToPlainText(RichTextSchema.parse(quote))).toBe(
      'The forum opens on Friday.\n\nWe expect guests from 30 countries.\n\nMinister of Sport and Tourism\n\nMinsk',
    );
    expect(richTextToPlainText(richTextFromParagraphs(['One', 'Two']))).toBe('One\n\nTwo');
  });
});
