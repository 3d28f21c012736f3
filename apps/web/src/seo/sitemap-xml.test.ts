import { describe, expect, it } from 'vitest';
import { urlEntries, xmlText } from './sitemap-xml.js';

describe('xmlText', () => {
  it('escapes the five special characters and drops characters XML cannot hold', () => {
    expect(xmlText(`a&b<c>"d'\u0001e`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;e');
  });
});

describe('urlEntries', () => {
  it('lists an item once per locale, each with every version and x-default as alternates', () => {
    const xml = urlEntries({ paths: { en: '/en/a?x=1&y=2', be: '/be/a' }, lastmod: '2026-05-12T10:00:00.000Z' }, 'https://portal.example', 'en');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://portal.example/en/a?x=1&amp;y=2</loc><lastmod>2026-05-12T10:00:00.000Z</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="be" href="https://portal.example/be/a"/>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://portal.example/en/a?x=1&amp;y=2"/>');
  });

  it('names no x-default when the default locale has no version', () => {
    expect(urlEntries({ paths: { ru: '/ru/a' } }, 'https://portal.example', 'en')).not.toContain('x-default');
  });
});
