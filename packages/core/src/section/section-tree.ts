import { AppError } from '../errors/app-error.js';
import type { Section, SectionNode } from './section.js';

const byPosition = (a: Section, b: Section) => a.position - b.position || a.slug.localeCompare(b.slug);

/** Arranges flat sections into a tree, siblings by position; a section whose parent is missing becomes a root. */
export function buildSectionTree(sections: readonly Section[]): SectionNode[] {
  const ids = new Set(sections.map((s) => s.id));
  const childrenOf = new Map<string | null, Section[]>();
  for (const section of sections) {
    const parent = section.parentId !== null && ids.has(section.parentId) ? section.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), section]);
  }
  const visit = (section: Section, seen: ReadonlySet<string>): SectionNode => {
    if (seen.has(section.id)) throw new AppError('conflict', `Section "${section.slug}" is its own ancestor`);
    const path = new Set(seen).add(section.id);
    return { ...section, children: (childrenOf.get(section.id) ?? []).sort(byPosition).map((c) => visit(c, path)) };
  };
  const roots = (childrenOf.get(null) ?? []).sort(byPosition).map((s) => visit(s, new Set()));
  const placed = countNodes(roots);
  // Sections that only reach each other (a cycle with no root) would silently vanish; say so instead.
  if (placed !== sections.length) throw new AppError('conflict', 'Some sections form a cycle of parents');
  return roots;
}

function countNodes(nodes: readonly SectionNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

/** The sections from the root down to `slug`, for breadcrumbs (`Business | Business news`); empty when unknown. */
export function sectionPath(sections: readonly Section[], slug: string): Section[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const path: Section[] = [];
  let current = sections.find((s) => s.slug === slug);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}

/** The slug of a section and of every section below it: a list of `business` includes `business-news`. */
export function sectionWithDescendants(sections: readonly Section[], slug: string): string[] {
  const root = sections.find((s) => s.slug === slug);
  if (!root) return [];
  const result = [root];
  for (let i = 0; i < result.length; i += 1) {
    const parent = result[i];
    for (const s of sections) if (parent && s.parentId === parent.id && !result.includes(s)) result.push(s);
  }
  return result.map((s) => s.slug);
}

/** Whether making `parentId` the parent of section `id` would put the section below itself. */
export function wouldCreateCycle(sections: readonly Section[], id: string, parentId: string | null): boolean {
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (let current = parentId; current !== null; ) {
    if (current === id) return true;
    const next = byId.get(current);
    if (!next) return false;
    current = next.parentId;
  }
  return false;
}
