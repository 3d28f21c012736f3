import type { SectionNode } from '@kraina/core';

/** The sections from a root down to the one with `slug` (`business`, `business-news`), or undefined if none has it. */
export function sectionTrail(tree: readonly SectionNode[], slug: string): SectionNode[] | undefined {
  for (const node of tree) {
    if (node.slug === slug) return [node];
    const below = sectionTrail(node.children, slug);
    if (below) return [node, ...below];
  }
  return undefined;
}
