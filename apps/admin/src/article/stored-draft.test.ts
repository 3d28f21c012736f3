import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetDraft, keepDraft, readDraft } from './stored-draft.js';

// A real Storage implementation's contract, small enough to hold here: node has no localStorage of its own.
class MemoryStorage {
  #items = new Map<string, string>();
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
}

describe('drafts kept on the device', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('keeps a screen’s values by its address, with the version they started from', () => {
    keepDraft('/articles/new', { headline: 'Half-written' }, null, new Date('2026-11-28T10:00:00Z'));
    keepDraft('/articles/42', { headline: 'Other' }, 7);
    expect(readDraft('/articles/new')).toEqual({ values: { headline: 'Half-written' }, baseVersion: null, keptAt: '2026-11-28T10:00:00.000Z' });
    expect(readDraft('/articles/42')?.baseVersion).toBe(7);
  });

  it('forgets a draft once saved, and reads an unreadable one as none', () => {
    keepDraft('/articles/new', { headline: 'x' }, null);
    forgetDraft('/articles/new');
    expect(readDraft('/articles/new')).toBeUndefined();
    localStorage.setItem('kraina-admin-draft:/broken', '{not json');
    expect(readDraft('/broken')).toBeUndefined();
  });
});
