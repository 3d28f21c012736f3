import { describe, expect, it } from 'vitest';
import { decideContentChange } from './content-policy.js';
import type { Principal } from './permission.js';

const author: Principal = { kind: 'staff', id: 'author-1', name: 'A', role: 'author', locales: [] };
const translator: Principal = { kind: 'staff', id: 'tr-1', name: 'T', role: 'translator', locales: ['be'] };
const editor: Principal = { kind: 'staff', id: 'ed-1', name: 'E', role: 'editor', locales: [] };
const translationToken: Principal = { kind: 'token', id: 'admin-1', tokenId: 't', name: 'mt', scopes: ['translations:write'] };
const headline = { fields: ['translations'], locales: ['en'] };

describe('decideContentChange', () => {
  it('lets an editor change any item in any state', () => {
    expect(decideContentChange(editor, { authorId: 'someone', status: 'published' }, { fields: ['slug'], locales: [] })).toEqual({ allowed: true });
  });

  it('lets an author change their own draft, and neither someone else’s nor their own once submitted', () => {
    expect(decideContentChange(author, { authorId: 'author-1', status: 'draft' }, headline).allowed).toBe(true);
    expect(decideContentChange(author, { authorId: 'author-2', status: 'draft' }, headline).allowed).toBe(false);
    expect(decideContentChange(author, { authorId: 'author-1', status: 'in-review' }, headline).allowed).toBe(false);
    expect(decideContentChange(author, { authorId: null, status: 'draft' }, headline).allowed).toBe(false);
  });

  it('lets a translator change translations in their locales only, and nothing else', () => {
    const item = { authorId: 'author-1', status: 'published' } as const;
    expect(decideContentChange(translator, item, { fields: ['translations', 'version'], locales: ['be'] }).allowed).toBe(true);
    expect(decideContentChange(translator, item, { fields: ['translations'], locales: ['be', 'ru'] })).toEqual({
      allowed: false,
      reason: 'You are not assigned to translate into "ru"',
    });
    expect(decideContentChange(translator, item, { fields: ['translations', 'tags'], locales: ['be'] }).allowed).toBe(false);
  });

  it('lets a translator name the kind a place already has, which its body must, but not change it', () => {
    const museum = { authorId: null, status: 'published', kind: 'museum' } as const;
    expect(decideContentChange(translator, museum, { fields: ['kind', 'translations', 'version'], locales: ['be'], kind: 'museum' }).allowed).toBe(true);
    expect(decideContentChange(translator, museum, { fields: ['kind', 'translations'], locales: ['be'], kind: 'sanatorium' })).toEqual({
      allowed: false,
      reason: 'Translators change translations only, not "kind"',
    });
    expect(decideContentChange(translator, { authorId: null, status: 'draft' }, { fields: ['kind', 'translations'], locales: ['be'], kind: 'museum' }).allowed).toBe(false);
  });

  it('does not limit a translation token by locale', () => {
    expect(decideContentChange(translationToken, { authorId: null, status: 'draft' }, { fields: ['translations'], locales: ['ru', 'be'] }).allowed).toBe(true);
  });
});
