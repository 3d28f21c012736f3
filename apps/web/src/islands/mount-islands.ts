// Runs in the browser: the one piece every island's entry module shares (the build puts it in a chunk of its own).

const mountedAttribute = 'data-island-mounted';

/**
 * Mounts an island on every root the server rendered for it that is not mounted yet: parses its JSON props and calls
 * `mount`. A root whose mount fails keeps its server-rendered content, which is the page without the island.
 */
export function mountIslands<Props>(name: string, mount: (root: HTMLElement, props: Props) => Promise<void> | void): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${CSS.escape(name)}"]:not([${mountedAttribute}])`)) {
    root.setAttribute(mountedAttribute, '');
    const propsText = root.querySelector(':scope > script[type="application/json"][data-island-props]')?.textContent ?? 'null';
    Promise.resolve()
      .then(() => mount(root, JSON.parse(propsText) as Props))
      .catch((error: unknown) => {
        root.removeAttribute(mountedAttribute);
        console.warn(`The ${name} island could not start; the page works without it.`, error);
      });
  }
}
