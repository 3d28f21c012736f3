import {
  type CreateSectionInput,
  CreateSectionInputSchema,
  type Locale,
  type Section,
  type SectionNode,
  type UpdateSectionInput,
  UpdateSectionInputSchema,
  defaultLocales,
  resolveLocalized,
  wouldCreateCycle,
} from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';

/** What the section form edits: the slug, the parent's slug ('' for a top-level section), the name in each locale. */
export interface SectionFormValues {
  slug: string;
  parent: string;
  name: Record<string, string>;
}

/** Every section of the tree, parents before their children. */
export function flattenSections(nodes: readonly SectionNode[]): Section[] {
  return nodes.flatMap(({ children, ...section }) => [section, ...flattenSections(children)]);
}

/** The form's values for a section, or a new one's blank form. */
export function sectionFormValuesOf(section: Section | undefined, sections: readonly Section[]): SectionFormValues {
  const parent = sections.find((s) => s.id === section?.parentId)?.slug ?? '';
  return { slug: section?.slug ?? '', parent, name: Object.fromEntries(defaultLocales.map((locale) => [locale, section?.name[locale] ?? ''])) };
}

const filled = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).flatMap(([locale, text]) => (text.trim() === '' ? [] : [[locale, text.trim()]])));

/** What creating a section sends. */
export function createSectionInputOf(values: SectionFormValues): CreateSectionInput {
  return { slug: values.slug.trim(), parent: values.parent === '' ? null : values.parent, name: filled(values.name) };
}

/** What saving a section sends: its slug, parent and names, which replace the old ones whole. */
export function updateSectionInputOf(values: SectionFormValues): UpdateSectionInput {
  return createSectionInputOf(values);
}

/** The form's resolver: core's create or update schema over what would be sent. */
export function sectionResolver(mode: 'create' | 'update'): Resolver<SectionFormValues> {
  const schema = mode === 'create' ? CreateSectionInputSchema : UpdateSectionInputSchema;
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(createSectionInputOf(values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}

/** A section's name for staff reading the interface in `locale`, else its slug. */
export function sectionName(section: Pick<Section, 'name' | 'slug'>, locale: Locale): string {
  return resolveLocalized(section.name, locale)?.value ?? section.slug;
}

/**
 * The sections a section may move under, as select options: every one but itself and those below it, each indented
 * by depth, since core's tree forbids a section inside itself.
 */
export function parentOptions(nodes: readonly SectionNode[], moving: string | undefined, locale: Locale): { slug: string; label: string }[] {
  const all = flattenSections(nodes);
  const walk = (level: readonly SectionNode[], depth: number): { slug: string; label: string }[] =>
    level.flatMap((node) =>
      moving !== undefined && wouldCreateCycle(all, moving, node.id) ? [] : [{ slug: node.slug, label: `${'— '.repeat(depth)}${sectionName(node, locale)}` }, ...walk(node.children, depth + 1)],
    );
  return walk(nodes, 0);
}
