import { type Locale, type SectionNode, resolveLocalized } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api-client.js';

/** A section as a picker lists it: its slug, and its name indented by depth. */
export interface SectionOption {
  slug: string;
  label: string;
}

/** The section tree flattened in order, each name in the interface language (or its fallback) and indented by depth. */
export function sectionOptions(nodes: readonly SectionNode[], locale: Locale, depth = 0): SectionOption[] {
  return nodes.flatMap((node) => [
    { slug: node.slug, label: `${'— '.repeat(depth)}${resolveLocalized(node.name, locale)?.value ?? node.slug}` },
    ...sectionOptions(node.children, locale, depth + 1),
  ]);
}

/** The news sections, read once and cached: they change rarely. */
export function useSections() {
  return useQuery({ queryKey: ['sections'], queryFn: async () => (await api.listSections()).items, staleTime: 5 * 60_000 });
}
