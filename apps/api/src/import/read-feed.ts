import { type FieldIssue, type RichText, richTextFromParagraphs } from '@kraina/core';
import { XMLValidator } from 'fast-xml-parser';
import { type AnyFeed, type AtomFeed, type RssFeed, parseFeed } from 'feedsmith';
import { htmlToPlainText, htmlToRichText, safeHref } from './html-to-rich-text.js';
import { SourceFileError, type SourceRecord, positionOf } from './source-record.js';
import { xmlElementLines } from './source-positions.js';

// News from an RSS 2.0 or Atom (RFC 4287) feed, as articles of one section in one locale. feedsmith reads both
// formats; the XML is first checked whole, since feedsmith, like browsers, reads past broken markup and could
// import half an item. The HTML of each item becomes rich text (html-to-rich-text.ts); no HTML is kept.

type RssItem = RssFeed.Item<string>;
type AtomEntry = AtomFeed.Entry<string>;
// Atom's text constructs (title, summary) and its content: text, html or xhtml (RFC 4287 3.1, 4.1.3).
type AtomText = { value?: string | undefined; type?: string | undefined };

/** Where the articles go: their section and the locale their text is in. */
export interface FeedTarget {
  section: string;
  locale: string;
}

const leadLength = 1000; // an article lead's limit in core's schema

/** The text of a lead: the summary on one line, shortened at a word when it is too long for a lead. */
function leadOf(text: string): string | undefined {
  if (text === '') return undefined;
  if (text.length <= leadLength) return text;
  const cut = text.slice(0, leadLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), leadLength / 2)).trimEnd()}…`;
}

/** An instant from an RSS (RFC 822) or Atom (RFC 3339) date, or an issue naming the field. */
function instantOf(value: string | undefined, field: string, issues: FieldIssue[]): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) {
    issues.push({ pointer: `#/${field}`, detail: `"${value}" is not a date` });
    return undefined;
  }
  return new Date(time).toISOString();
}

/** Enclosures (photos, audio, documents) as links at the end of the body: media is not fetched by an import. */
function enclosureParagraphs(item: RssItem, base: string | undefined): RichText['content'] {
  return (item.enclosures ?? []).flatMap((enclosure) => {
    const href = safeHref(enclosure.url, base);
    if (href === undefined) return [];
    const name = decodeURIComponent(new URL(href).pathname.split('/').pop() || href);
    const text = enclosure.type ? `${name} (${enclosure.type})` : name;
    return [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text, marks: [{ type: 'link' as const, attrs: { href } }] }] }];
  });
}

function articleInput(target: FeedTarget, headline: string, lead: string | undefined, body: RichText): Record<string, unknown> {
  return {
    section: target.section,
    translations: { [target.locale]: { headline, ...(lead === undefined ? {} : { lead }), body } },
  };
}

function rssRecord(item: RssItem, position: string, target: FeedTarget): SourceRecord {
  const issues: FieldIssue[] = [];
  // RSS titles are plain text by the specification, but feeds put entities and tags in them all the same.
  const headline = htmlToPlainText(item.title ?? '');
  if (headline === '') issues.push({ pointer: '#/title', detail: 'The item has no title; an article needs a headline' });
  const link = item.link?.trim() || undefined;
  const sourceId = item.guid?.value?.trim() || link;
  if (sourceId === undefined) issues.push({ pointer: '#/guid', detail: 'The item has neither a guid nor a link, so a re-import could not find it' });
  const encoded = item.content?.encoded;
  const bodyHtml = encoded ?? item.description ?? '';
  const body = htmlToRichText(bodyHtml, link);
  body.content.push(...enclosureParagraphs(item, link));
  const lead = encoded === undefined ? undefined : leadOf(htmlToPlainText(item.description ?? ''));
  const publishedAt = instantOf(item.pubDate, 'pubDate', issues);
  return { position, sourceId, oldUrl: link, publishedAt, input: articleInput(target, headline, lead, body), issues };
}

function atomText(text: AtomText | undefined): string {
  if (text === undefined) return '';
  return text.type === 'html' || text.type === 'xhtml' ? htmlToPlainText(text.value ?? '') : (text.value ?? '').replace(/\s+/g, ' ').trim();
}

function atomBody(text: AtomText | undefined, base: string | undefined): RichText {
  if (text === undefined) return { type: 'doc', content: [] };
  if (text.type === 'html' || text.type === 'xhtml') return htmlToRichText(text.value ?? '', base);
  const paragraphs = (text.value ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  return richTextFromParagraphs(paragraphs);
}

function atomRecord(entry: AtomEntry, position: string, target: FeedTarget): SourceRecord {
  const issues: FieldIssue[] = [];
  const headline = atomText(entry.title);
  if (headline === '') issues.push({ pointer: '#/title', detail: 'The entry has no title; an article needs a headline' });
  const sourceId = entry.id?.trim() || undefined;
  if (sourceId === undefined) issues.push({ pointer: '#/id', detail: 'The entry has no id (RFC 4287 requires one), so a re-import could not find it' });
  const link = (entry.links ?? []).find((l) => l.rel === undefined || l.rel === 'alternate')?.href?.trim() || undefined;
  const hasContent = entry.content?.value !== undefined && entry.content.value.trim() !== '';
  const body = atomBody(hasContent ? entry.content : entry.summary, link);
  const lead = hasContent ? leadOf(atomText(entry.summary)) : undefined;
  const publishedAt = instantOf(entry.published ?? entry.updated, entry.published === undefined ? 'updated' : 'published', issues);
  return { position, sourceId, oldUrl: link, publishedAt, input: articleInput(target, headline, lead, body), issues };
}

/**
 * Reads an RSS 2.0 or Atom feed into one record per item or entry, in the feed's order. Throws a SourceFileError,
 * naming the line, when the text is not well-formed XML or not a feed of either format.
 */
export function readFeed(text: string, target: FeedTarget): SourceRecord[] {
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) {
    const { line, col, msg } = wellFormed.err;
    throw new SourceFileError(`The feed is not well-formed XML: line ${line}, column ${col}: ${msg}`);
  }
  let parsed: AnyFeed;
  try {
    parsed = parseFeed<string>(text);
  } catch (error) {
    throw new SourceFileError(`Not an RSS 2.0 or Atom feed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (parsed.format === 'rss') {
    const lines = xmlElementLines(text, 'item');
    return (parsed.feed.items ?? []).map((item, index) => rssRecord(item, positionOf(lines, index, 'item'), target));
  }
  if (parsed.format === 'atom') {
    const lines = xmlElementLines(text, 'entry');
    return (parsed.feed.entries ?? []).map((entry, index) => atomRecord(entry, positionOf(lines, index, 'entry'), target));
  }
  throw new SourceFileError(`Not an RSS 2.0 or Atom feed: it is ${parsed.format.toUpperCase()}`);
}
