import { AppError } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { loadOrMissing, requestedPage } from './load-or-missing.js';

describe('loadOrMissing', () => {
  it("gives undefined for the API's not-found, so the route answers 404", async () => {
    await expect(loadOrMissing(Promise.reject(new AppError('not-found', 'No article')))).resolves.toBeUndefined();
  });

  it('passes on an API that cannot be reached, which is not a missing page', async () => {
    await expect(loadOrMissing(Promise.reject(new AppError('unavailable', 'down')))).rejects.toThrow('down');
  });
});

describe('requestedPage', () => {
  it('is page 1 when the address names none, and the number when it names one', () => {
    expect(requestedPage(undefined)).toBe(1);
    expect(requestedPage('283')).toBe(283);
  });

  it('refuses what is not a page a reader could reach', () => {
    for (const value of ['0', '-1', '2.5', 'abc', '0283', '100001', ['1', '2']]) expect(requestedPage(value)).toBeUndefined();
  });
});
