// These checks run in the type checker (`tsc`): each `@ts-expect-error` fails the build if the error it expects goes away.
import type { Routes } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import type { ContractHandler, ContractHandlers } from './contract-handlers.js';
import { stubHandlers } from './contract-test-app.js';

describe('the handler types', () => {
  it('do not compile without a handler for every operation', () => {
    const { listArticles: _left, ...incomplete } = stubHandlers().handlers;
    // @ts-expect-error: listArticles is missing
    const handlers: ContractHandlers = incomplete;
    expect(handlers).not.toHaveProperty('listArticles');
  });

  it('give a handler its parsed query, params and body, typed by the route', () => {
    const listArticles: ContractHandler<Routes['listArticles']> = ({ query, locale }) => {
      const limit: number = query.limit; // defaulted, so never undefined
      const served: string = locale;
      return { items: [], nextCursor: null, page: null, total: null, totalPages: limit > 0 && served !== '' ? null : 0 };
    };
    const updateSection: ContractHandler<Routes['updateSection']> = ({ params, body, staff }) => {
      const id: string = params.id;
      const kind: string = staff.kind; // never null on a route that needs a permission
      // @ts-expect-error: the body has no such field
      void body.headline;
      throw new Error(`${id} ${kind}`);
    };
    expect([listArticles, updateSection]).toHaveLength(2);
  });

  it('refuse a handler whose answer breaks the contract, or answers on a 204 route', () => {
    // @ts-expect-error: items must be an array
    const listSections: ContractHandler<Routes['listSections']> = () => ({ items: 'none' });
    // @ts-expect-error: a deletion answers nothing
    const deleteSite: ContractHandler<Routes['deleteSite']> = () => ({ deleted: true });
    expect([listSections, deleteSite]).toHaveLength(2);
  });
});
