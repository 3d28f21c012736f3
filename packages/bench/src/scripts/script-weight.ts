import { constants, gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { readHtmlReferences } from './html-references.js';

/** One script a page loads and what it weighs over the wire, gzipped. */
export interface ShippedScript {
  /** Its address, or `inline #n` for a script written into the page. */
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** Every script one page loads, followed through static imports, and their gzipped total. */
export interface PageScripts {
  url: string;
  scripts: ShippedScript[];
  gzipBytes: number;
  /**
   * What the page's scripts may fetch later with `import('./literal.js')` (an island mounting when it comes into
   * view), with its static imports, less what loaded already: not in the budget, but shown so it is never hidden.
   */
  onDemand: ShippedScript[];
  onDemandGzipBytes: number;
}

// Level 9: the most a server's static compression would squeeze out, so the budget is not spent on a weak setting.
const gzipped = (text: string) => gzipSync(Buffer.from(text), { level: constants.Z_BEST_COMPRESSION }).byteLength;

/** The imports of an ES module, resolved against its URL: static ones, and dynamic ones with a literal specifier. */
async function moduleImports(source: string, base: string): Promise<{ static: string[]; dynamic: string[] }> {
  await init;
  let imports: readonly { n: string | undefined; d: number }[];
  try {
    [imports] = parse(source);
  } catch {
    // Not a module (a classic script): it has no imports to follow.
    return { static: [], dynamic: [] };
  }
  const resolve = (specifier: string) => {
    if (!/^(\.{0,2}\/|https?:)/.test(specifier)) throw new Error(`${base} imports "${specifier}", which no browser can load without an import map`);
    return new URL(specifier, base).href;
  };
  // d === -1 marks a static import, d ≥ 0 a dynamic import() (n is undefined when its specifier is not a literal).
  return {
    static: imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => resolve(i.n as string)),
    dynamic: imports.filter((i) => i.d >= 0 && i.n !== undefined).map((i) => resolve(i.n as string)),
  };
}


async function download(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answers ${response.status}, yet the page loads it`);
  return response.text();
}

/**
 * What a page makes a reader download as JavaScript: each `<script src>`, each module preload, inline scripts, and
 * every module they import statically, each counted once and gzipped on its own as a server would send it.
 * A bare specifier ("react") cannot load in a browser without an import map, so it fails the measurement.
 */
export async function measurePageScripts(pageUrl: string, html?: string): Promise<PageScripts> {
  const page = html ?? (await download(pageUrl));
  const found = readHtmlReferences(page);
  const seen = new Set<string>();
  const later: string[] = [];

  /** Downloads each module in the queue once, following static imports, and notes dynamic ones for later. */
  const follow = async (queue: string[]): Promise<ShippedScript[]> => {
    const loaded: ShippedScript[] = [];
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      const source = await download(url);
      loaded.push({ url, bytes: Buffer.byteLength(source), gzipBytes: gzipped(source) });
      const imports = await moduleImports(source, url);
      queue.push(...imports.static);
      later.push(...imports.dynamic);
    }
    return loaded;
  };

  const scripts: ShippedScript[] = [];
  const queue = [...found.scriptSources, ...found.modulePreloads].map((src) => new URL(src, pageUrl).href);
  for (const [index, inline] of found.inlineScripts.entries()) {
    scripts.push({ url: `inline #${index + 1}`, bytes: Buffer.byteLength(inline.text), gzipBytes: gzipped(inline.text) });
    if (inline.isModule) {
      const imports = await moduleImports(inline.text, pageUrl);
      queue.push(...imports.static);
      later.push(...imports.dynamic);
    }
  }
  scripts.push(...(await follow(queue)));
  const onDemand = await follow(later);
  const total = (list: ShippedScript[]) => list.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { url: pageUrl, scripts, gzipBytes: total(scripts), onDemand, onDemandGzipBytes: total(onDemand) };
}
