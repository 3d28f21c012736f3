import { type AppError, type RouteContract, routes } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { pointerInPart, readRequest } from './read-request.js';

const issuesOf = (route: RouteContract, raw: Parameters<typeof readRequest>[1]) => {
  try {
    readRequest(route, raw);
    return [];
  } catch (error) {
    return (error as AppError).issues.map((i) => i.pointer);
  }
};

describe('pointerInPart', () => {
  it('prefixes a pointer with the part of the request it lies in', () => {
    expect(pointerInPart('query', '#/limit')).toBe('#/query/limit');
    expect(pointerInPart('body', '#/translations/en/headline')).toBe('#/body/translations/en/headline');
  });

  it('points at the part itself when the whole part is wrong', () => {
    expect(pointerInPart('body', '#')).toBe('#/body');
  });
});

describe('readRequest', () => {
  it('answers the parsed parts: coerced, defaulted and stripped of nothing the schema keeps', () => {
    const read = readRequest(routes.listSites, { params: {}, query: { bbox: '53,23,56,32', limit: '5' }, body: undefined });
    expect(read.query).toEqual({ bbox: [53, 23, 56, 32], limit: 5 });
  });

  it('names every invalid field of params, query and body in one error', () => {
    const raw = { params: { id: 'nope' }, query: { extra: '1' }, body: { position: 'first' } };
    expect(issuesOf(routes.updateSection, raw).sort()).toEqual(['#/body/position', '#/params/id', '#/query/extra']);
  });

  it('refuses a query parameter on a route that defines no query', () => {
    expect(issuesOf(routes.listSections, { params: {}, query: { page: '2' }, body: undefined })).toEqual(['#/query/page']);
  });

  it('ignores a body sent to a route that takes none', () => {
    const read = readRequest(routes.listSections, { params: {}, query: {}, body: { anything: true } });
    expect(read.body).toBeUndefined();
  });

  it('reads a query object without a prototype, as express parses it', () => {
    const query = Object.assign(Object.create(null) as object, { q: 'mir castle' });
    expect(readRequest(routes.search, { params: {}, query, body: undefined }).query).toEqual({ q: 'mir castle', limit: 20 });
  });
});
