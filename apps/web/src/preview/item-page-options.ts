import type { Locale } from '@kraina/core';
import type { Response } from 'express';
import type { PageFrame } from '../layout/page-layout.js';
import type { PageMeta } from '../seo/page-head.js';

/** How an item's page is sent: as the public page, or as a draft opened through a preview link. */
export interface ItemPageOptions {
  /** The item is shown through a preview link: marked as a draft, never cached, never indexed. */
  preview?: boolean | undefined;
  /** The link's details, when known: when it stops working, and the same preview in another locale. */
  previewLink?: { expiresAt: string; pathIn: (locale: Locale) => string } | undefined;
}

/**
 * Turns an item page's frame and meta into a preview's when `options.preview` is set, and sets the answer's headers:
 * no-store (a draft must not outlive its link in any cache) and noindex. Event and place pages call it too, so
 * every preview looks and behaves the same.
 */
export function asPreviewWhenAsked(res: Response, frame: PageFrame, meta: PageMeta, options: ItemPageOptions, timeZone: string): { frame: PageFrame; meta: PageMeta } {
  if (!options.preview) return { frame, meta };
  res.set('Cache-Control', 'no-store');
  res.set('X-Robots-Tag', 'noindex, nofollow');
  const link = options.previewLink;
  return {
    frame: { ...frame, preview: { expiresAt: link?.expiresAt, timeZone }, ...(link ? { hrefFor: link.pathIn } : {}) },
    // A draft has no public translations to point at; its canonical stays the address it will have once published.
    meta: { ...meta, noindex: true, alternates: {} },
  };
}
