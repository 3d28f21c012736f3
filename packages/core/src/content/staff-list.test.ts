import { describe, expect, it } from 'vitest';
import { StaffArticleListQuerySchema } from '../article/staff-article-list.js';
import { StaffEventListQuerySchema } from '../event/staff-event-list.js';
import { StaffSiteListQuerySchema } from '../site/staff-site-list.js';

describe('the editorial list queries', () => {
  const queries = { article: StaffArticleListQuerySchema, event: StaffEventListQuerySchema, site: StaffSiteListQuerySchema };

  it('share their filters: each list takes a translation status and a title order, newest change first unless asked', () => {
    for (const [kind, schema] of Object.entries(queries)) {
      expect(schema.parse({}), kind).toEqual({ sort: 'updated-desc', limit: 20 });
      expect(schema.parse({ translationStatus: 'stale', sort: 'title' }), kind).toMatchObject({ translationStatus: 'stale', sort: 'title' });
      expect(schema.safeParse({ translationStatus: 'old' }).success, kind).toBe(false);
    }
  });

  it('keep each kind’s own filters and orders to that kind', () => {
    expect(StaffEventListQuerySchema.safeParse({ category: 'fair', sort: 'start-asc' }).success).toBe(true);
    expect(StaffSiteListQuerySchema.safeParse({ sort: 'start-asc' }).success).toBe(false);
    expect(StaffSiteListQuerySchema.safeParse({ kind: 'museum', region: 'minsk' }).success).toBe(true);
    expect(StaffArticleListQuerySchema.safeParse({ category: 'fair' }).success).toBe(false);
  });

  it('take a range of days for events only, in order, both days counted', () => {
    expect(StaffEventListQuerySchema.safeParse({ from: '2031-05-01', to: '2031-05-01' }).success).toBe(true);
    expect(StaffEventListQuerySchema.safeParse({ from: '2031-05-01' }).success).toBe(true);
    expect(StaffEventListQuerySchema.safeParse({ from: '2031-05-02', to: '2031-05-01' }).error?.issues.map((issue) => issue.path)).toEqual([['to']]);
    expect(StaffEventListQuerySchema.safeParse({ from: '2031-02-30' }).error?.issues.map((issue) => issue.path)).toEqual([['from']]);
    expect(StaffSiteListQuerySchema.safeParse({ from: '2031-05-01' }).success).toBe(false);
  });
});
