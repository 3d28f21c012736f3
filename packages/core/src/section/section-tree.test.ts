import { describe, expect, it } from 'vitest';
import type { Section } from './section.js';
import { buildSectionTree, sectionPath, sectionWithDescendants, wouldCreateCycle } from './section-tree.js';

let n = 0;
const section = (slug: string, parentId: string | null = null, position = 0): Section => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  slug,
  parentId,
  name: { en: slug },
  description: {},
  position,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
});

const business = section('business', null, 1);
const businessNews = section('business-news', business.id);
const economy = section('economy', business.id, 2);
const society = section('society', null, 0);
const all = [business, businessNews, economy, society];

describe('the section tree', () => {
  it('nests sub-sections under their parents, siblings in position order', () => {
    const tree = buildSectionTree(all);
    expect(tree.map((s) => s.slug)).toEqual(['society', 'business']);
    expect(tree[1]?.children.map((s) => s.slug)).toEqual(['business-news', 'economy']);
  });

  it('gives the breadcrumb path from the root', () => {
    expect(sectionPath(all, 'business-news').map((s) => s.slug)).toEqual(['business', 'business-news']);
    expect(sectionPath(all, 'nowhere')).toEqual([]);
  });

  it('includes sub-sections when filtering by a section', () => {
    expect(sectionWithDescendants(all, 'business').sort()).toEqual(['business', 'business-news', 'economy']);
    expect(sectionWithDescendants(all, 'society')).toEqual(['society']);
  });

  it('refuses to make a section its own ancestor', () => {
    expect(wouldCreateCycle(all, business.id, businessNews.id)).toBe(true);
    expect(wouldCreateCycle(all, economy.id, society.id)).toBe(false);
    const a = section('a');
    const b = section('b', a.id);
    expect(() => buildSectionTree([{ ...a, parentId: b.id }, b])).toThrow(/cycle/);
  });
});
