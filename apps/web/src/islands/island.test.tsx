import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Island } from './island.js';

const assets = { script: '/islands/demo-abc123.js', styles: ['/islands/assets/demo-def456.css'] };

/** A page with an island in its body, rendered as the site renders pages. */
const pageWith = (island: ReactElement) =>
  renderToString(
    <html lang="en">
      <head>
        <title>Test</title>
      </head>
      <body>{island}</body>
    </html>,
  );

describe('the Island helper', () => {
  it('writes props as a JSON data block that no value can close, and that parses back to the same props', () => {
    const props = { name: '</script><script>alert(1)</script>', note: '<!-- and --> \u2028 line', amp: 'a & b' };
    const html = renderToString(<Island name="demo" props={props} assets={assets} />);
    const block = /<script type="application\/json" data-island-props="">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(block).not.toContain('<');
    expect(block).not.toContain('\u2028');
    expect(JSON.parse(block)).toEqual(props);
    // Only the data block and the module: no script element of the value's making.
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('renders the root the island mounts on, its fallback, and its hashed module', () => {
    const html = renderToString(
      <Island name="demo" props={{}} assets={assets} className="demo">
        <p>Without JavaScript</p>
      </Island>,
    );
    expect(html).toMatch(/<div class="demo" data-island="demo"><p>Without JavaScript<\/p><script type="application\/json"/);
    expect(html).toContain('<script type="module" src="/islands/demo-abc123.js"></script>');
  });

  it('puts the island’s stylesheets in the head, once however many islands use them', () => {
    const html = pageWith(
      <>
        <Island name="demo" props={{ n: 1 }} assets={assets} />
        <Island name="demo" props={{ n: 2 }} assets={assets} />
      </>,
    );
    const head = /<head>(.*)<\/head>/s.exec(html)?.[1] ?? '';
    expect(head.match(/href="\/islands\/assets\/demo-def456.css"/g)).toHaveLength(1);
    expect(html.match(/href="\/islands\/assets\/demo-def456.css"/g)).toHaveLength(1);
  });

  it('renders the props without a script when no island build is loaded, leaving the page whole', () => {
    const html = renderToString(<Island name="not-built" props={{ a: 1 }} />);
    expect(html).toContain('{"a":1}');
    expect(html).not.toContain('type="module"');
  });
});
