import { describe, expect, it } from 'vitest';
import { type TableInfo, inDependencyOrder } from './table-catalog.js';

const table = (name: string, parents: string[] = []): TableInfo => ({
  name,
  columns: [],
  primaryKey: ['id'],
  foreignKeys: parents.map((parent) => ({ columns: [`${parent}_id`], table: parent, references: ['id'] })),
  sequenceColumns: [],
  alwaysIdentity: false,
});

describe('the order tables are copied in', () => {
  it('puts parents before the tables that name them, by name otherwise, and lets a table name itself', () => {
    const ordered = inDependencyOrder([table('articles', ['sections', 'users']), table('users'), table('sections', ['sections']), table('audit_log')]);
    expect(ordered.map((t) => t.name)).toEqual(['audit_log', 'sections', 'users', 'articles']);
  });

  it('refuses foreign keys that form a cycle between tables, naming them', () => {
    expect(() => inDependencyOrder([table('a', ['b']), table('b', ['a']), table('c')])).toThrow(/a, b form a cycle/);
  });
});
