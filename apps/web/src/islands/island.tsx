import type { ReactNode } from 'react';
import { jsonLdText } from '../seo/structured-data.js';
import { type IslandAssets, builtIsland } from './island-manifest.js';

/** The attribute naming an island's root element; the island's script mounts on each element carrying its name. */
export const islandAttribute = 'data-island';
/** The attribute of the JSON script holding an island's props, inside its root. */
export const islandPropsAttribute = 'data-island-props';

/**
 * An interactive part of a server-rendered page: a root element holding the island's props as JSON, and the island's
 * hashed module and stylesheets. Only pages that render an island load JavaScript. The props travel in a data block,
 * never run, written so no value can close the element (`<` as `\u003c`); the module, deferred as every module is,
 * reads them once the page is parsed. Give the island's server-rendered fallback as children: it stays in the HTML.
 */
export function Island<Props>({
  name,
  props,
  className,
  children,
  assets = builtIsland(name),
}: {
  /** The island's entry name in the island build, e.g. `place-map`. */
  name: string;
  /** Plain JSON-serialisable data; whatever is here is public, as anything in the page is. */
  props: Props;
  className?: string | undefined;
  children?: ReactNode;
  /** The built files; by default those of the build loaded at start-up. Tests pass their own. */
  assets?: IslandAssets | undefined;
}) {
  const root = { [islandAttribute]: name };
  const propsBlock = { [islandPropsAttribute]: '' };
  return (
    <div className={className} {...root}>
      {children}
      <script type="application/json" {...propsBlock} dangerouslySetInnerHTML={{ __html: jsonLdText(props) }} />
      {/* React hoists stylesheets with a precedence into the head, once each, however many islands use them. */}
      {assets?.styles.map((href) => <link key={href} rel="stylesheet" href={href} precedence="islands" />)}
      {assets ? <script type="module" src={assets.script} /> : null}
    </div>
  );
}
