import { randomUUID } from 'node:crypto';
import {
  AppError,
  type CreateSectionInput,
  CreateSectionInputSchema,
  type Section,
  type UpdateSectionInput,
  UpdateSectionInputSchema,
  buildSectionTree,
  type SectionNode,
  wouldCreateCycle,
} from '@kraina/core';
import type { Kysely, Transaction } from 'kysely';
import { type AuditActor, appendAudit, systemActor } from '../audit/audit-log.js';
import { nowIso } from '../content/clock.js';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { bumpContentVersion } from '../content/content-version.js';

type Queryable = Kysely<Tables> | Transaction<Tables>;

/** Reads every section with its names; sections are few (dozens), so callers work on the whole set. */
export async function loadSections(db: Queryable): Promise<Section[]> {
  const [rows, names] = await Promise.all([
    db.selectFrom('sections').selectAll().orderBy('position').orderBy('slug').execute(),
    db.selectFrom('section_translations').selectAll().execute(),
  ]);
  return rows.map((row) => {
    const own = names.filter((n) => n.section_id === row.id);
    return {
      id: row.id,
      slug: row.slug,
      parentId: row.parent_id,
      position: row.position,
      name: Object.fromEntries(own.map((n) => [n.locale, n.name])),
      description: Object.fromEntries(own.filter((n) => n.description !== null).map((n) => [n.locale, n.description as string])),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}

async function writeNames(db: Queryable, id: string, section: Pick<Section, 'name' | 'description'>): Promise<void> {
  await db.deleteFrom('section_translations').where('section_id', '=', id).execute();
  const locales = new Set([...Object.keys(section.name), ...Object.keys(section.description)]);
  const rows = [...locales]
    .filter((locale) => section.name[locale] !== undefined)
    .map((locale) => ({ section_id: id, locale, name: section.name[locale] as string, description: section.description[locale] ?? null }));
  if (rows.length > 0) await db.insertInto('section_translations').values(rows).execute();
}

function bySlug(sections: readonly Section[], slug: string, pointer: string): Section {
  const found = sections.find((s) => s.slug === slug);
  if (!found) throw new AppError('invalid-input', `No section "${slug}"`, { issues: [{ pointer, detail: `No section "${slug}"` }] });
  return found;
}

/** The sections of the news: a tree, edited by staff. The only code that writes section rows, auditing each change. */
export function createSectionStore({ db, dialect }: Database) {
  const audit = (trx: Transaction<Tables>, action: 'created' | 'changed' | 'deleted', id: string, slug: string, actor: AuditActor) =>
    appendAudit(trx, dialect, { action, actorId: actor.id, targetType: 'section', targetId: id, address: actor.address, details: { slug } });

  return {
    list: () => loadSections(db),

    async tree(): Promise<SectionNode[]> {
      return buildSectionTree(await loadSections(db));
    },

    async create(input: CreateSectionInput, actor: AuditActor = systemActor): Promise<Section> {
      const value = CreateSectionInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const sections = await loadSections(trx);
        if (sections.some((s) => s.slug === value.slug)) {
          throw new AppError('conflict', `A section "${value.slug}" exists`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
        const parent = value.parent === null ? null : bySlug(sections, value.parent, '#/body/parent');
        const now = nowIso();
        const id = randomUUID();
        await trx
          .insertInto('sections')
          .values({ id, slug: value.slug, parent_id: parent?.id ?? null, position: value.position, created_at: now, updated_at: now, version: 1 })
          .execute();
        await writeNames(trx, id, value);
        await bumpContentVersion(trx);
        await audit(trx, 'created', id, value.slug, actor);
        return (await loadSections(trx)).find((s) => s.id === id) as Section;
      });
    },

    async update(id: string, input: UpdateSectionInput, expectedVersion?: number, actor: AuditActor = systemActor): Promise<Section> {
      const value = UpdateSectionInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const sections = await loadSections(trx);
        const current = sections.find((s) => s.id === id);
        if (!current) throw new AppError('not-found', `No section ${id}`);
        if (expectedVersion !== undefined && expectedVersion !== current.version) {
          throw new AppError('version-conflict', `Section "${current.slug}" is at version ${current.version}, not ${expectedVersion}`, { currentVersion: current.version });
        }
        const parentId = value.parent === undefined ? current.parentId : value.parent === null ? null : bySlug(sections, value.parent, '#/body/parent').id;
        if (wouldCreateCycle(sections, id, parentId)) {
          throw new AppError('invalid-input', 'A section cannot sit inside itself', { issues: [{ pointer: '#/body/parent', detail: 'Would make a cycle' }] });
        }
        if (value.slug !== undefined && value.slug !== current.slug && sections.some((s) => s.slug === value.slug)) {
          throw new AppError('conflict', `A section "${value.slug}" exists`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
        const updated = await trx
          .updateTable('sections')
          .set({
            slug: value.slug ?? current.slug,
            parent_id: parentId,
            position: value.position ?? current.position,
            updated_at: nowIso(),
            version: current.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', current.version)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', 'Someone else saved this section first');
        await writeNames(trx, id, { name: value.name ?? current.name, description: value.description ?? current.description });
        await bumpContentVersion(trx);
        await audit(trx, 'changed', id, value.slug ?? current.slug, actor);
        return (await loadSections(trx)).find((s) => s.id === id) as Section;
      });
    },

    async delete(id: string, actor: AuditActor = systemActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const section = await trx.selectFrom('sections').select('slug').where('id', '=', id).executeTakeFirst();
        if (!section) throw new AppError('not-found', `No section ${id}`);
        const children = await trx.selectFrom('sections').select('id').where('parent_id', '=', id).limit(1).execute();
        const articles = await trx.selectFrom('articles').select('id').where('section_id', '=', id).limit(1).execute();
        // Deleting a section with articles would orphan them; staff move or delete the articles first.
        if (children.length > 0 || articles.length > 0) {
          throw new AppError('conflict', `Section "${section.slug}" still holds sub-sections or articles`);
        }
        await trx.deleteFrom('sections').where('id', '=', id).execute();
        await bumpContentVersion(trx);
        await audit(trx, 'deleted', id, section.slug, actor);
      });
    },
  };
}

/** The section store's operations. */
export type SectionStore = ReturnType<typeof createSectionStore>;
