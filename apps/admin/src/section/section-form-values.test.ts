import type { SectionNode } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { createSectionInputOf, flattenSections, parentOptions, sectionFormValuesOf, sectionResolver } from './section-form-values.js';

const at = '2026-11-28T10:00:00Z';
function node(id: number, slug: string, parentId: number | null, name: Record<string, string>, children: SectionNode[] = []): SectionNode {
  const uuid = (n: number) => `5f0c6f2e-3b7a-4c1d-9e8f-${String(n).padStart(12, '0')}`;
  return { id: uuid(id), slug, parentId: parentId === null ? null : uuid(parentId), name, description: {}, position: 0, createdAt: at, updatedAt: at, version: 1, children };
}

const tree = [
  node(1, 'business', null, { en: 'Business', ru: 'Бизнес' }, [node(2, 'business-news', 1, { en: 'Business news' }, [node(3, 'markets', 2, { en: 'Markets' })])]),
  node(4, 'culture', null, { en: 'Culture' }),
];

describe('the section form', () => {
  it('names its parent by slug, as the API takes it, and offers every content locale', () => {
    const sections = flattenSections(tree);
    expect(sectionFormValuesOf(sections[1], sections)).toEqual({ slug: 'business-news', parent: 'business', name: { en: 'Business news', ru: '', be: '' } });
  });

  it('sends a top-level section’s parent as none and leaves blank names out', () => {
    expect(createSectionInputOf({ slug: ' travel ', parent: '', name: { en: 'Travel', ru: ' ', be: 'Падарожжы' } })).toEqual({ slug: 'travel', parent: null, name: { en: 'Travel', be: 'Падарожжы' } });
  });

  it('never offers a section, or one below it, as its own new parent', () => {
    expect(parentOptions(tree, tree[0]?.children[0]?.id, 'ru').map((o) => o.slug)).toEqual(['business', 'culture']);
    expect(parentOptions(tree, undefined, 'ru').map((o) => o.label)).toEqual(['Бизнес', '— Business news', '— — Markets', 'Culture']);
  });

  it('refuses a new section without a name in any locale, or with a slug core’s schema refuses', async () => {
    const { errors } = await sectionResolver('create')({ slug: 'Not A Slug', parent: '', name: { en: '', ru: '', be: '' } }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(Object.keys(errors).sort()).toEqual(['name', 'slug']);
  });
});
