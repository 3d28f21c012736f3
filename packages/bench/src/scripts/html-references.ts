import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a page's HTML points at, as a browser reads it. */
export interface HtmlReferences {
  /** Every `<a href>`, as written. */
  links: string[];
  /** `<script src>` of JavaScript (not JSON-LD or other data blocks), as written. */
  scriptSources: string[];
  /** `<link rel="modulepreload" href>`, as written. */
  modulePreloads: string[];
  /** The text of inline JavaScript, which the page ships even without a file of its own. */
  inlineScripts: { text: string; isModule: boolean }[];
}

// The script types a browser runs; anything else in a <script> (application/ld+json, importmap…) is data.
const javaScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

/** Parses a page the way a browser does (parse5), so attributes in any quoting and order are read correctly. */
export function readHtmlReferences(html: string): HtmlReferences {
  const found: HtmlReferences = { links: [], scriptSources: [], modulePreloads: [], inlineScripts: [] };
  for (const element of elements(parse(html))) {
    if (element.tagName === 'a') {
      const href = attribute(element, 'href');
      if (href !== undefined) found.links.push(href);
    } else if (element.tagName === 'link') {
      const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attribute(element, 'href');
      if (rel.includes('modulepreload') && href !== undefined) found.modulePreloads.push(href);
    } else if (element.tagName === 'script') {
      const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
      if (!javaScriptTypes.has(type)) continue;
      const src = attribute(element, 'src');
      if (src !== undefined) found.scriptSources.push(src);
      else {
        const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        if (text.trim() !== '') found.inlineScripts.push({ text, isModule: type === 'module' });
      }
    }
  }
  return found;
}
