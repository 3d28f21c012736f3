// Addresses that carry a secret in a path segment: a preview link is a bearer token that opens a draft, so whoever
// reads the logs could open the draft while the link lasts. The segment after these names is replaced.
const secretSegmentAfter = new Set(['previews', 'preview']);
// Query parameters that carry a secret or a one-time code.
const secretParameter = /^(?:token|access_token|secret|code|password|key|signature|sig)$/i;
const hidden = '[redacted]';

/** A request address fit for a log line: secrets in preview paths and in query parameters replaced by a marker. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const segments = path.split('/');
  const redactedPath = segments.map((segment, i) => (i > 0 && segment !== '' && secretSegmentAfter.has(segments[i - 1] ?? '') ? hidden : segment)).join('/');
  if (queryAt === -1) return redactedPath;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return equals !== -1 && secretParameter.test(safeDecode(name)) ? `${name}=${hidden}` : pair;
    })
    .join('&');
  return `${redactedPath}?${query}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
