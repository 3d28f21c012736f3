import { createHash } from 'node:crypto';
import {
  AppError,
  type FieldFingerprints,
  type LocaleSettings,
  type TranslationSources,
  type TranslationStatus,
  planTranslationSources,
  sourceLocaleOf,
  translatedFields,
  translationStatusOf,
} from '@kraina/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { nowIso } from './clock.js';
import { type ContentKind, contentTables, nounOf } from './content-kind.js';

// Translation status as data (issue 4): which source text each translated field was made from, kept in
// `translation_sources` whenever texts are saved, and compared with the source text as it is now when an item is
// read for staff. The rules are core's (translation/translation-status.ts); this file reads and writes the rows.

type Queryable = Kysely<Tables> | Transaction<Tables>;
type Text = Readonly<Record<string, unknown>>;
type Texts = Readonly<Partial<Record<string, Text>>>;

// JSON with keys in a fixed order, so a body read back from the database fingerprints as the one that was sent.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short fingerprint of one field's value; an absent field (no lead, say) has one too, so adding it is a change. */
export function fingerprintOf(value: unknown): string {
  const text = value === undefined || value === null ? 'absent' : canonicalJson(value);
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

function fingerprintsOf(kind: ContentKind, text: Text | undefined): FieldFingerprints {
  return text === undefined ? {} : Object.fromEntries(translatedFields[kind].map((field) => [field, fingerprintOf(text[field])]));
}

const localesOf = (texts: Texts) => Object.keys(texts).filter((locale) => texts[locale] !== undefined);

async function recordedSources(db: Queryable, kind: ContentKind, id: string): Promise<TranslationSources> {
  const rows = await db.selectFrom('translation_sources').selectAll().where('entity_type', '=', kind).where('entity_id', '=', id).execute();
  const sources: Record<string, Record<string, { sourceLocale: string; fingerprint: string }>> = {};
  for (const row of rows) (sources[row.locale] ??= {})[row.field] = { sourceLocale: row.source_locale, fingerprint: row.source_fingerprint };
  return sources;
}

/**
 * Records, in the save's transaction, which source text each translated field now counts as made from: called
 * after a save writes texts, with the texts it wrote and the item as it was before (none for a new item).
 */
export async function recordTranslationSources(
  trx: Transaction<Tables>,
  kind: ContentKind,
  id: string,
  written: Texts,
  before: { translations: Texts } | undefined,
  locales: LocaleSettings,
): Promise<void> {
  const beforeTexts = before?.translations ?? {};
  // A new item owns no sources yet; rows left by a deleted item under the same id (a re-import) are not its own.
  if (before === undefined) await trx.deleteFrom('translation_sources').where('entity_type', '=', kind).where('entity_id', '=', id).execute();
  const afterTexts: Texts = { ...beforeTexts, ...written };
  const sourceBefore = before === undefined ? undefined : sourceLocaleOf(localesOf(beforeTexts), locales);
  const sourceAfter = sourceLocaleOf(localesOf(afterTexts), locales);
  if (sourceAfter === undefined) return;
  const fields = translatedFields[kind];
  const changed = Object.fromEntries(
    Object.entries(written).map(([locale, text]) => [
      locale,
      fields.filter((field) => beforeTexts[locale] === undefined || fingerprintOf(beforeTexts[locale][field]) !== fingerprintOf(text?.[field])),
    ]),
  );
  const plan = planTranslationSources({
    fields,
    sourceBefore,
    sourceAfter,
    fingerprintsBefore: fingerprintsOf(kind, sourceBefore === undefined ? undefined : beforeTexts[sourceBefore]),
    fingerprintsAfter: fingerprintsOf(kind, afterTexts[sourceAfter]),
    locales: localesOf(afterTexts),
    changed,
    recorded: before === undefined ? {} : await recordedSources(trx, kind, id),
  });
  const at = nowIso();
  for (const record of plan) {
    const row = { source_locale: record.sourceLocale, source_fingerprint: record.fingerprint, recorded_at: at };
    await trx
      .insertInto('translation_sources')
      .values({ entity_type: kind, entity_id: id, locale: record.locale, field: record.field, ...row })
      .onConflict((c) => c.columns(['entity_type', 'entity_id', 'locale', 'field']).doUpdateSet(row))
      .execute();
  }
  // The source text is nobody's translation, and a locale the item no longer has has nothing to be stale.
  const translations = localesOf(afterTexts).filter((locale) => locale !== sourceAfter);
  let leftovers = trx.deleteFrom('translation_sources').where('entity_type', '=', kind).where('entity_id', '=', id);
  if (translations.length > 0) leftovers = leftovers.where('locale', 'not in', translations);
  await leftovers.execute();
}

/** Per locale of an item, the translated fields whose source text changed since they were written or confirmed. */
export async function translationStatusFor(db: Queryable, kind: ContentKind, item: { id: string; translations: Texts }, locales: LocaleSettings): Promise<TranslationStatus> {
  const itemLocales = localesOf(item.translations);
  const source = sourceLocaleOf(itemLocales, locales);
  const fingerprints = fingerprintsOf(kind, source === undefined ? undefined : item.translations[source]);
  return translationStatusOf(itemLocales, source, fingerprints, await recordedSources(db, kind, item.id));
}

/** The item as staff see it: with its translation status. */
export async function withTranslationStatus<T extends { id: string; translations: Texts }>(db: Queryable, kind: ContentKind, item: T, locales: LocaleSettings): Promise<T> {
  return { ...item, translationStatus: await translationStatusFor(db, kind, item, locales) };
}

/** What confirming a translation needs of a kind: how to read one whole item inside the transaction. */
export type LoadItem<T> = (trx: Transaction<Tables>, id: string) => Promise<T | undefined>;

/**
 * Marks fields of one locale's translation current with the source text as it is now, without changing them or the
 * item's version: the translation status is a note on the content, not content. The item must still be at
 * `expectedVersion`, checked by a write that changes nothing, so the check holds until the transaction ends
 * (PostgreSQL locks the row; an editor's save waits instead of slipping a new source text under the confirmation).
 */
export async function confirmTranslation<T extends { id: string; slug: string; translations: Texts }>(
  database: Database,
  kind: ContentKind,
  target: { id: string; locale: string; fields: readonly string[] | undefined; expectedVersion: number },
  load: LoadItem<T>,
  locales: LocaleSettings,
): Promise<T> {
  const { id, locale, expectedVersion } = target;
  return database.db.transaction().execute(async (trx) => {
    const main = contentTables[kind].main;
    const held = await trx
      .updateTable(main)
      .set((eb) => ({ version: eb.ref('version') }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (held.numUpdatedRows === 0n) {
      const now = await trx.selectFrom(main).select('version').where('id', '=', id).executeTakeFirst();
      if (now === undefined) throw new AppError('not-found', `No ${nounOf[kind]} ${id}`);
      throw new AppError('version-conflict', `The ${nounOf[kind]} is at version ${now.version}; you checked ${expectedVersion}`, { currentVersion: now.version });
    }
    const item = await load(trx, id);
    if (item === undefined) throw new AppError('not-found', `No ${nounOf[kind]} ${id}`);
    const source = sourceLocaleOf(localesOf(item.translations), locales);
    if (item.translations[locale] === undefined || locale === source) {
      const detail = locale === source ? `"${locale}" is the source text, which is translated from nothing` : `The ${nounOf[kind]} has no "${locale}" text`;
      throw new AppError('invalid-input', detail, { issues: [{ pointer: '#/params/locale', detail }] });
    }
    const fingerprints = fingerprintsOf(kind, item.translations[source as string]);
    const at = nowIso();
    for (const field of target.fields ?? translatedFields[kind]) {
      const row = { source_locale: source as string, source_fingerprint: fingerprints[field] as string, recorded_at: at };
      await trx
        .insertInto('translation_sources')
        .values({ entity_type: kind, entity_id: id, locale, field, ...row })
        .onConflict((c) => c.columns(['entity_type', 'entity_id', 'locale', 'field']).doUpdateSet(row))
        .execute();
    }
    return withTranslationStatus(trx, kind, item, locales);
  });
}
