import type { z } from 'zod';
import { type BlockNode, type InlineNode, LinkHrefSchema, type MarkSchema, type RichText } from './rich-text.js';

type ListItem = Extract<BlockNode, { type: 'bulletList' }>['content'][number];
type Mark = z.infer<typeof MarkSchema>;

/** How an image placed in a body is shown: the library's file, its sizes and its texts in the page's locale. */
export interface RenderedImage {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
  alt: string;
  caption?: string;
  credit?: string;
}

/** What rendering needs from outside: the site's own origin (links elsewhere are marked) and the body's images. */
export interface RichTextHtmlOptions {
  /** E.g. `https://portal.example`; a link to any other host gets `rel="noopener noreferrer"`. */
  siteOrigin: string;
  /** The image a `mediaId` shows, or undefined for one that is gone (it is then left out). */
  image?: (mediaId: string) => RenderedImage | undefined;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] as string);
}

const markTags: Record<Exclude<Mark['type'], 'link'>, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
  superscript: 'sup',
  subscript: 'sub',
};

/**
 * Renders a body to HTML through an allowlist: every element comes from this function's fixed set, every text and
 * attribute value is escaped, no attribute is copied from the document except a link target that passes core's
 * link rules again here (http(s), mailto, tel or a site path — never `javascript:`), and links to other sites
 * carry `rel="noopener noreferrer"`. Nothing in a document, however it was stored, can add a script or a handler.
 */
export function richTextToHtml(doc: RichText, options: RichTextHtmlOptions): string {
  const ownHost = new URL(options.siteOrigin).host;

  function link(href: string, inner: string): string {
    if (!LinkHrefSchema.safeParse(href).success) return inner;
    const external = /^https?:/i.test(href) && new URL(href).host !== ownHost;
    return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${inner}</a>`;
  }

  function inline(nodes: readonly InlineNode[] = []): string {
    return nodes
      .map((node) => {
        if (node.type === 'hardBreak') return '<br>';
        // Marks nest in a fixed order (link outermost), so the same marks always give the same markup.
        let html = escapeHtml(node.text);
        const marks = node.marks ?? [];
        for (const mark of marks) if (mark.type !== 'link') html = `<${markTags[mark.type]}>${html}</${markTags[mark.type]}>`;
        const target = marks.find((mark) => mark.type === 'link');
        return target ? link(target.attrs.href, html) : html;
      })
      .join('');
  }

  function listItems(items: readonly ListItem[]): string {
    return items.map((item) => `<li>${item.content.map((child) => block(child)).join('')}</li>`).join('');
  }

  function figure(attrs: Extract<BlockNode, { type: 'image' }>['attrs']): string {
    const image = options.image?.(attrs.mediaId);
    if (!image) return '';
    const alt = attrs.alt ?? image.alt;
    const caption = attrs.caption ?? image.caption;
    const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
    const srcset = image.srcset ? ` srcset="${escapeHtml(image.srcset)}" sizes="${escapeHtml(image.sizes ?? '100vw')}"` : '';
    const credit = image.credit ? ` <small>${escapeHtml(image.credit)}</small>` : '';
    const figcaption = caption || image.credit ? `<figcaption>${escapeHtml(caption ?? '')}${credit}</figcaption>` : '';
    return `<figure><img src="${escapeHtml(image.src)}"${srcset}${size} alt="${escapeHtml(alt)}" loading="lazy" decoding="async">${figcaption}</figure>`;
  }

  function block(node: BlockNode): string {
    switch (node.type) {
      case 'paragraph':
        return `<p>${inline(node.content)}</p>`;
      case 'heading':
        return `<h${node.attrs.level}>${inline(node.content)}</h${node.attrs.level}>`;
      case 'blockquote': {
        const attribution = node.attrs?.attribution ? `<footer>${escapeHtml(node.attrs.attribution)}</footer>` : '';
        return `<blockquote>${node.content.map((p) => block(p)).join('')}${attribution}</blockquote>`;
      }
      case 'bulletList':
        return `<ul>${listItems(node.content)}</ul>`;
      case 'orderedList': {
        const start = node.attrs && node.attrs.start !== 1 ? ` start="${node.attrs.start}"` : '';
        return `<ol${start}>${listItems(node.content)}</ol>`;
      }
      case 'image':
        return figure(node.attrs);
      case 'horizontalRule':
        return '<hr>';
    }
  }

  return doc.content.map((node) => block(node)).join('\n');
}
