import { AppError, UpdateArticleInputSchema, UpdateEventInputSchema, UpdateSiteInputSchema, validate } from '@kraina/core';
import type { z } from 'zod';
import type { ContentKind } from '../content/content-kind.js';

// Restoring a revision saves its content again through the kind's ordinary update, so every rule of a save holds
// (slugs, sections, schedules, positions, redirects, search). Content is what an editor writes: the fields an update
// accepts. Who wrote it, when, its version and its workflow state are not content and stay as they are now.

const updateSchemas = { article: UpdateArticleInputSchema, event: UpdateEventInputSchema, site: UpdateSiteInputSchema } as const;

/** The fields an update of a kind accepts; for places, those of every kind of place (a snapshot has its own only). */
const contentFieldsOf = (kind: ContentKind): ReadonlySet<string> => {
  const shapes = kind === 'site' ? UpdateSiteInputSchema.options.map((option) => option.shape) : [updateSchemas[kind].shape];
  return new Set(shapes.flatMap((shape) => Object.keys(shape)).filter((field) => field !== 'version'));
};
const contentFields = { article: contentFieldsOf('article'), event: contentFieldsOf('event'), site: contentFieldsOf('site') };

/** A pointer into the request body, as the update reports it, moved to the revision's snapshot the content came from. */
export function toSnapshotPointer(pointer: string): string {
  return pointer.replace(/^#\/body(?=\/|$)/, '#/snapshot').replace(/^#(?=\/(?!snapshot)|$)/, '#/snapshot');
}

/**
 * The update that writes a revision's content back: its content fields, and each locale's text without its state.
 * A revision that today's rules refuse (a field tightened since) answers 409, naming the fields in the snapshot.
 */
export function restoreInputOf<K extends ContentKind>(kind: K, snapshot: Readonly<Record<string, unknown>>): z.output<(typeof updateSchemas)[K]> {
  const fields = contentFields[kind];
  const input: Record<string, unknown> = Object.fromEntries(Object.entries(snapshot).filter(([field]) => fields.has(field)));
  const translations = (snapshot.translations ?? {}) as Record<string, Record<string, unknown>>;
  input.translations = Object.fromEntries(Object.entries(translations).map(([locale, { status: _status, ...text }]) => [locale, text]));
  const checked = validate(updateSchemas[kind], input);
  if (!checked.ok) {
    throw new AppError('conflict', 'This revision no longer passes the rules a save must pass; change the item instead', {
      issues: checked.issues.map((issue) => ({ ...issue, pointer: toSnapshotPointer(issue.pointer) })),
    });
  }
  return checked.value as z.output<(typeof updateSchemas)[K]>;
}
