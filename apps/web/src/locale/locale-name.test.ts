import { describe, expect, it } from 'vitest';
import { nativeLocaleName } from './locale-name.js';

describe('nativeLocaleName', () => {
  it('names each default locale in its own language, capitalised as a menu item', () => {
    expect(['en', 'ru', 'be'].map(nativeLocaleName)).toEqual(['English', 'Русский', 'Беларуская']);
  });
});
