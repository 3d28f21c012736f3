import { describe, expect, it } from 'vitest';
import { readSearchRequest } from './search-request.js';

describe('readSearchRequest', () => {
  it('reads a query, a kind and a cursor, trimming the query', () => {
    expect(readSearchRequest({ q: '  Minsk ', type: 'event', cursor: 'abc_-1' })).toEqual({ state: 'ready', q: 'Minsk', type: 'event', cursor: 'abc_-1' });
    expect(readSearchRequest({ q: 'Minsk', type: 'all' })).toEqual({ state: 'ready', q: 'Minsk', type: undefined, cursor: undefined });
  });

  it('treats an absent or blank query as a page still waiting for words', () => {
    expect(readSearchRequest({})).toEqual({ state: 'empty', type: undefined });
    expect(readSearchRequest({ q: '   ', type: 'place' })).toEqual({ state: 'empty', type: 'place' });
  });

  it('tells a too-long query apart, counting characters rather than UTF-16 units', () => {
    expect(readSearchRequest({ q: '🙂'.repeat(200) }).state).toBe('ready');
    expect(readSearchRequest({ q: 'a'.repeat(201) })).toEqual({ state: 'too-long', q: 'a'.repeat(200) });
  });

  it('refuses a repeated query, an unknown kind and a cursor no page made', () => {
    expect(readSearchRequest({ q: ['a', 'b'] }).state).toBe('invalid');
    expect(readSearchRequest({ q: 'a', type: 'person' }).state).toBe('invalid');
    expect(readSearchRequest({ q: 'a', cursor: '../etc' }).state).toBe('invalid');
  });
});
