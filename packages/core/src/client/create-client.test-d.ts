import { describe, expectTypeOf, it } from 'vitest';
import type { Article, ArticleView, Site } from '../index.js';
import { createClient } from './create-client.js';

const client = createClient({ baseUrl: 'https://portal.example' });

describe('the client types', () => {
  it('types each answer from the contract', () => {
    expectTypeOf(client.getArticle({ params: { slug: 'x' } })).resolves.toEqualTypeOf<ArticleView>();
    expectTypeOf(client.createArticle).returns.resolves.toEqualTypeOf<Article>();
    expectTypeOf(client.deleteArticle).returns.resolves.toBeUndefined();
  });

  it('requires path parameters and bodies, but not queries', () => {
    // @ts-expect-error a slug is required
    void client.getArticle({});
    // @ts-expect-error a body is required to create
    void client.createArticle({});
    expectTypeOf(client.listArticles).toBeCallableWith();
    expectTypeOf(client.listSections).toBeCallableWith();
  });

  it('refuses server-owned fields in a create body', () => {
    void client.createArticle({
      body: {
        section: 'business',
        translations: { en: { headline: 'Forum', body: { type: 'doc', content: [] } } },
        // @ts-expect-error the server owns ids
        id: '0b7c4f0e-6a55-4c7e-9f43-3f7f3c1d2a10',
      },
    });
  });

  it("narrows a place's own fields by its kind", () => {
    const describe = (site: Site) => (site.kind === 'unesco-heritage' ? site.inscriptionYear : undefined);
    expectTypeOf(describe).returns.toEqualTypeOf<number | undefined>();
  });
});
