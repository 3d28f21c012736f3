import { AppError, type Article, type Event, type ImageRef, type Media, type PublishingCandidate, type RichText, type Site, publishingProblems } from '@kraina/core';
import type { Kysely } from 'kysely';
import type { ContentKind } from '../content/content-kind.js';
import type { Tables } from '../db/tables.js';

type LibraryItem = Pick<Media, 'alt' | 'caption' | 'credit' | 'filename'>;

/** The items the workflow moves, by kind. */
export interface ItemOfKind {
  article: Article;
  event: Event;
  site: Site;
}

// Where each kind keeps its lead image, gallery and body; the pointers name the item's own fields, as its editor
// form does, since the workflow request itself has none of them.
function partsOf(kind: ContentKind, item: ItemOfKind[ContentKind], locale: string) {
  if (kind === 'article') {
    const article = item as Article;
    return { image: article.leadImage, imagePointer: '#/leadImage', gallery: article.gallery, body: article.translations[locale]?.body, bodyPointer: `#/translations/${locale}/body` };
  }
  const { image, translations } = item as Event | Site;
  const gallery = kind === 'site' ? (item as Site).gallery : [];
  return { image, imagePointer: '#/image', gallery, body: translations[locale]?.description, bodyPointer: `#/translations/${locale}/description` };
}

function imageIdsOf(images: readonly (ImageRef | null)[], bodies: readonly (RichText | undefined)[]): string[] {
  const inBodies = bodies.flatMap((body) => (body?.content ?? []).flatMap((node) => (node.type === 'image' ? [node.attrs.mediaId] : [])));
  return [...new Set([...images.flatMap((image) => (image === null ? [] : [image.mediaId])), ...inBodies])];
}

/** The media library rows of the given images, by id: their alt text, captions, credit and file name. */
async function loadLibrary(db: Kysely<Tables>, ids: readonly string[]): Promise<Map<string, LibraryItem>> {
  if (ids.length === 0) return new Map();
  const [rows, texts] = await Promise.all([
    db.selectFrom('media').select(['id', 'filename', 'credit']).where('id', 'in', ids).execute(),
    db.selectFrom('media_translations').select(['media_id', 'locale', 'alt', 'caption']).where('media_id', 'in', ids).execute(),
  ]);
  const textsOf = (id: string, field: 'alt' | 'caption') =>
    Object.fromEntries(texts.flatMap((text) => (text.media_id === id && text[field] !== null ? [[text.locale, text[field]]] : [])));
  return new Map(rows.map((row) => [row.id, { filename: row.filename, credit: row.credit, alt: textsOf(row.id, 'alt'), caption: textsOf(row.id, 'caption') }]));
}

/**
 * Refuses to publish an item in `locales` while any of them fails core's publishing checks (alt text, caption and
 * credit of the lead image, with the library's as defaults; alt text of every other image; headings that skip a
 * level): one 422 naming every field, before anything is written.
 */
export async function refuseUnpublishable<K extends ContentKind>(db: Kysely<Tables>, kind: K, item: ItemOfKind[K], locales: readonly string[]): Promise<void> {
  const parts = locales.map((locale) => ({ locale, ...partsOf(kind, item, locale) }));
  const first = parts[0];
  if (first === undefined) return;
  const library = await loadLibrary(db, imageIdsOf([first.image, ...first.gallery], parts.map((p) => p.body)));
  const issues = parts.flatMap(({ locale, image, imagePointer, gallery, body, bodyPointer }) => {
    const candidate: PublishingCandidate = {
      image,
      imagePointer,
      media: image === null ? undefined : library.get(image.mediaId),
      body,
      bodyPointer,
      library,
      gallery,
      galleryPointer: '#/gallery',
    };
    return publishingProblems(candidate, locale);
  });
  if (issues.length > 0) throw new AppError('invalid-input', 'Not ready to publish: see each field', { issues });
}
