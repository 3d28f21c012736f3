// The API names files from ids (`<id>.jpeg`, `<id>-640w.webp`); this site serves each under its own origin at
// `/media/<file name>`, since the API's files are for its own origin only (Cross-Origin-Resource-Policy).

// One path segment of letters, digits, dot, dash and underscore, not starting with a dot: no `..`, no slash.
const fileNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** The file name at the end of an address the API gave, or undefined when it is not one this site would serve. */
export function mediaFileNameOf(apiUrl: string): string | undefined {
  const path = apiUrl.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  return fileNamePattern.test(name) ? name : undefined;
}

/** Where this site serves a file the API gave the address of; undefined for an address it would not serve. */
export function sitePathOfMediaFile(apiUrl: string): string | undefined {
  const name = mediaFileNameOf(apiUrl);
  return name === undefined ? undefined : `/media/${name}`;
}
