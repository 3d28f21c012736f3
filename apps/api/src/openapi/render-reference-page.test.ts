import { type RouteContract, routes } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from './openapi-document.js';
import { renderReferencePage } from './render-reference-page.js';

const page = renderReferencePage(buildOpenApiDocument({ routes, version: '1.2.3' }));

describe('the API reference page', () => {
  it('declares its language and has a title', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<title>Kraina API reference</title>');
  });

  it('has header, navigation, main and footer landmarks, and a skip link to the main content', () => {
    for (const landmark of ['<header>', '<nav aria-labelledby="contents">', '<main id="main">', '<footer>']) expect(page).toContain(landmark);
    expect(page).toContain('<a class="skip" href="#main">');
  });

  it('has one h1 and never skips a heading level', () => {
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - (levels[i] ?? 1)).toBeLessThanOrEqual(1));
  });

  it('lists every operation under its tag, with a link from the contents', () => {
    for (const [name, route] of Object.entries(routes) as [string, RouteContract][]) {
      expect(page).toContain(`<h3 id="op-${name}"><span class="method ${route.method.toLowerCase()}">${route.method}</span>`);
      expect(page).toContain(`href="#op-${name}"`);
    }
    for (const tag of ['articles', 'events', 'sites', 'sections', 'search']) expect(page).toContain(`<h2 id="tag-${tag}">${tag}</h2>`);
  });

  it('shows parameters, request body fields and responses of an operation', () => {
    const listSites = page.slice(page.indexOf('id="op-listSites"'), page.indexOf('id="op-getSite"'));
    expect(listSites).toContain('<code>bbox</code>');
    expect(listSites).toContain('Metres from &quot;near&quot;');
    expect(listSites).toContain('<td>422</td><td>Some fields are not valid</td>');
    const createSection = page.slice(page.indexOf('id="op-createSection"'), page.indexOf('id="op-updateSection"'));
    expect(createSection).toContain('<h4>Request body</h4>');
    expect(createSection).toContain('<td><code>slug</code></td><td><a href="#schema-Slug">Slug</a></td><td>yes</td>');
    expect(createSection).toContain('Staff only');
  });

  it('links each schema a field uses to its definition on the page', () => {
    for (const [, id] of page.matchAll(/href="#(schema-[^"]+)"/g)) expect(page).toContain(`id="${id}"`);
  });

  it('loads nothing from elsewhere and runs no script', () => {
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
    expect(page).not.toMatch(/href="(https?:)?\/\//);
  });

  it('escapes whatever the document holds', () => {
    const hostile: Record<string, RouteContract> = {
      'x"><script>alert(1)</script>': {
        method: 'GET',
        path: '/things',
        tag: '<b>tag</b>',
        access: 'public',
        summary: '<img src=x onerror=alert(1)>',
        query: z.strictObject({ '<i>q</i>': z.string().describe('"></td><script>') }),
        response: z.object({ '<field>': z.string() }),
      },
    };
    const rendered = renderReferencePage(buildOpenApiDocument({ routes: hostile, version: '<v>' }));
    expect(rendered).not.toMatch(/<script|<img|<b>|<i>|<field>|<v>/);
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
