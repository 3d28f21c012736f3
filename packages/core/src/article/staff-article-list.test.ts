import { describe, expect, it } from 'vitest';
import { StaffArticleListQuerySchema } from './staff-article-list.js';

describe('StaffArticleListQuerySchema', () => {
  it('lists the most recently changed first, twenty at a time, when nothing is asked', () => {
    expect(StaffArticleListQuerySchema.parse({})).toEqual({ sort: 'updated-desc', limit: 20 });
  });

  it('takes `me` or an account id as the author, and nothing else', () => {
    expect(StaffArticleListQuerySchema.safeParse({ author: 'me' }).success).toBe(true);
    expect(StaffArticleListQuerySchema.safeParse({ author: '5f0c6f2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f' }).success).toBe(true);
    expect(StaffArticleListQuerySchema.safeParse({ author: 'someone' }).success).toBe(false);
  });

  it('refuses a status outside the workflow, an unknown order and a blank search', () => {
    expect(StaffArticleListQuerySchema.safeParse({ status: 'deleted' }).success).toBe(false);
    expect(StaffArticleListQuerySchema.safeParse({ sort: 'random' }).success).toBe(false);
    expect(StaffArticleListQuerySchema.safeParse({ q: '   ' }).success).toBe(false);
  });

  it('refuses a parameter it does not know, so a typo is not silently ignored', () => {
    expect(StaffArticleListQuerySchema.safeParse({ stauts: 'draft' }).success).toBe(false);
  });
});
