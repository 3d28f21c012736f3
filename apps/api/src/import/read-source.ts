import { open } from 'node:fs/promises';
import { SourceFileError } from './source-record.js';

// Source files come from people and from other sites, so both are read with a ceiling: an import is not the place
// to discover that a "feed" is a 4 GB video or a server that never stops sending.

/** The largest source an import reads, in bytes. */
export const maxSourceBytes = 50 * 1024 * 1024;

/** How long fetching a feed may take before the import gives up, in milliseconds. */
export const fetchTimeoutMs = 30_000;

/**
 * The text of a source's bytes: UTF-8 unless the XML declaration (or the server) names another encoding, since
 * older feeds of the region are often windows-1251. A byte-order mark is not content.
 */
export function decodeSource(bytes: Uint8Array, charset?: string): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = /^[^<]{0,3}<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? charset ?? 'utf-8';
  try {
    return new TextDecoder(declared).decode(bytes); // TextDecoder drops a byte-order mark itself
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // an encoding no one knows: UTF-8 is the likeliest truth
  }
}

/** Whether an argument names a URL to fetch rather than a file. */
export function isUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

/** Reads a file as UTF-8 text, refusing one larger than `limit` bytes. */
export async function readSourceFile(path: string, limit = maxSourceBytes): Promise<string> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw new SourceFileError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { size } = await file.stat();
    if (size > limit) throw new SourceFileError(`${path} is ${size} bytes; an import reads at most ${limit}`);
    return decodeSource(await file.readFile());
  } finally {
    await file.close();
  }
}

/** Fetches a URL as text, refusing an answer that is not 2xx, larger than `limit` bytes, or slower than `timeoutMs`. */
export async function fetchSource(url: string, options: { limit?: number; timeoutMs?: number } = {}): Promise<string> {
  const limit = options.limit ?? maxSourceBytes;
  const signal = AbortSignal.timeout(options.timeoutMs ?? fetchTimeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' } });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'it took too long' : error instanceof Error ? error.message : String(error);
    throw new SourceFileError(`Cannot fetch ${url}: ${reason}`);
  }
  if (!response.ok) throw new SourceFileError(`Cannot fetch ${url}: it answered ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new SourceFileError(`${url} is ${declared} bytes; an import reads at most ${limit}`);
  }
  // The declared length may be missing or wrong, so the bytes are counted as they arrive.
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
      received += chunk.byteLength;
      if (received > limit) throw new SourceFileError(`${url} sent more than ${limit} bytes; an import reads at most that`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof SourceFileError) throw error;
    throw new SourceFileError(`Cannot fetch ${url}: ${error instanceof Error && error.name === 'TimeoutError' ? 'it took too long' : String(error)}`);
  }
  const charset = /charset="?([A-Za-z0-9._-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  return decodeSource(Buffer.concat(chunks), charset);
}
