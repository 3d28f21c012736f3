import type { SectionNode } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { sectionTrail } from './section-trail.js';

function section(slug: string, children: SectionNode[] = []): SectionNode {
  const at = '2026-01-01T00:00:00.000Z';
  return { id: crypto.randomUUID(), slug, parentId: null, name: { en: slug }, description: {}, position: 0, createdAt: at, updatedAt: at, version: 1, children };
}

const tree = [section('politics'), section('business', [section('business-news'), section('economy')])];

describe('sectionTrail', () => {
  it('leads from the root section down to a sub-section, for breadcrumbs', () => {
    expect(sectionTrail(tree, 'business-news')?.map((s) => s.slug)).toEqual(['business', 'business-news']);
  });

  it('is a single step for a root section', () => {
    expect(sectionTrail(tree, 'politics')?.map((s) => s.slug)).toEqual(['politics']);
  });

  it('finds nothing for a section that does not exist', () => {
    expect(sectionTrail(tree, 'weather')).toBeUndefined();
  });
});
