import { describe, expect, it } from 'vitest';
import type { RichText } from './rich-text.js';
import { escapeHtml, richTextToHtml } from './rich-text-html.js';

const siteOrigin = 'https://portal.example';
const mediaId = '5b0f3a52-1c3e-4f7e-9a4b-2d6c8e1f0a37';
const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '<svg/onload=alert(1)>', '&lt;script&gt;'];

// Documents as they might reach the renderer from a row written before a rule existed: cast, not validated.
const doc = (content: unknown[]) => ({ type: 'doc', content }) as RichText;
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

// Every tag in the output with its attribute names: text is escaped, so any `<` left in the output opens a real tag,
// and a tag must be exactly `<name attr="…" …>` with `"` never inside a value.
function markupOf(html: string): string[] {
  return [...html.matchAll(/<\/?[^>]*>/g)].map(([tag]) => {
    const parsed = /^<(\/?[a-z0-9]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>$/.exec(tag);
    if (!parsed) return `malformed: ${tag}`;
    // Sticky: attributes are read one after another, so text inside a value is never taken for a name.
    const names = [...(parsed[2] ?? '').matchAll(/\s+([a-z-]+)(?:="[^"<>]*")?/gy)].map((m) => m[1]);
    return [parsed[1], ...names].join(' ');
  });
}
const expectedMarkup = ['p', '/p', 'blockquote', 'p', '/p', 'footer', '/footer', '/blockquote', 'figure', 'img src srcset sizes alt loading decoding', 'figcaption', 'small', '/small', '/figcaption', '/figure'];

describe('richTextToHtml', () => {
  it('renders each node through its fixed element', () => {
    const html = richTextToHtml(
      doc([
        { type: 'heading', attrs: { level: 2 }, content: [text('Results')] },
        { type: 'paragraph', content: [text('Bold', [{ type: 'bold' }, { type: 'italic' }]), { type: 'hardBreak' }, text('x', [{ type: 'superscript' }])] },
        { type: 'blockquote', attrs: { attribution: 'Minister of Sport' }, content: [{ type: 'paragraph', content: [text('We won.')] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Third')] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Nested')] }] }] }] }] },
        { type: 'horizontalRule' },
      ]),
      { siteOrigin },
    );
    expect(html).toBe(
      [
        '<h2>Results</h2>',
        '<p><em><strong>Bold</strong></em><br><sup>x</sup></p>',
        '<blockquote><p>We won.</p><footer>Minister of Sport</footer></blockquote>',
        '<ol start="3"><li><p>Third</p><ul><li><p>Nested</p></li></ul></li></ol>',
        '<hr>',
      ].join('\n'),
    );
  });

  it('marks links to other sites noopener noreferrer, and leaves the site’s own alone', () => {
    const html = richTextToHtml(
      doc([{ type: 'paragraph', content: [text('UNESCO', [{ type: 'link', attrs: { href: 'https://whc.unesco.org/en/list/625' } }]), text(' and '), text('ours', [{ type: 'link', attrs: { href: '/en/places/unesco-heritage/mir-castle' } }]), text(' and '), text('home', [{ type: 'link', attrs: { href: 'https://portal.example/en/' } }])] }]),
      { siteOrigin },
    );
    expect(html).toBe('<p><a href="https://whc.unesco.org/en/list/625" rel="noopener noreferrer">UNESCO</a> and <a href="/en/places/unesco-heritage/mir-castle">ours</a> and <a href="https://portal.example/en/">home</a></p>');
  });

  it('never lets a payload in any text field become markup', () => {
    for (const payload of payloads) {
      const html = richTextToHtml(
        doc([
          { type: 'paragraph', content: [text(payload)] },
          { type: 'blockquote', attrs: { attribution: payload }, content: [{ type: 'paragraph', content: [text(payload)] }] },
          { type: 'image', attrs: { mediaId, alt: payload, caption: payload } },
        ]),
        { siteOrigin, image: () => ({ src: `/media/${payload}`, alt: payload, credit: payload, srcset: payload }) },
      );
      expect(markupOf(html), payload).toEqual(expectedMarkup);
      expect(html).toContain(escapeHtml(payload));
    }
  });

  it('drops a link whose target is not allowed, keeping its text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', ' javascript:alert(1)']) {
      const html = richTextToHtml(doc([{ type: 'paragraph', content: [text('click', [{ type: 'link', attrs: { href } }])] }]), { siteOrigin });
      expect(html, href).toBe('<p>click</p>');
    }
  });

  it('shows a body image with its sizes and texts, and leaves out one that is gone', () => {
    const image = () => ({ src: '/media/mir-800.webp', srcset: '/media/mir-400.webp 400w, /media/mir-800.webp 800w', width: 800, height: 533, alt: 'Mir Castle at dusk', caption: 'Mir Castle', credit: 'BelTA' });
    expect(richTextToHtml(doc([{ type: 'image', attrs: { mediaId } }]), { siteOrigin, image })).toBe(
      '<figure><img src="/media/mir-800.webp" srcset="/media/mir-400.webp 400w, /media/mir-800.webp 800w" sizes="100vw" width="800" height="533" alt="Mir Castle at dusk" loading="lazy" decoding="async"><figcaption>Mir Castle <small>BelTA</small></figcaption></figure>',
    );
    expect(richTextToHtml(doc([{ type: 'image', attrs: { mediaId } }]), { siteOrigin })).toBe('');
  });
});
