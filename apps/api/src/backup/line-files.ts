import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

// JSON Lines, read and written a line at a time so a backup of any size never sits in memory whole.

/** Writes text to a stream, waiting whenever the stream asks writers to slow down. */
export function streamWriter(stream: Writable): (text: string) => Promise<void> {
  return async (text) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
}

/** One line of a file, its number (from 1), and the byte offsets of its start and of the next line's. */
export interface FileLine {
  text: string;
  number: number;
  offset: number;
  next: number;
}

/**
 * The lines of a file from byte `start` (the start of a line) up to byte `end` (exclusive), numbered from
 * `firstNumber`. Offsets are counted in bytes, so a later read can start again exactly at any line.
 */
export async function* readLines(path: string, { start = 0, end, firstNumber = 1 }: { start?: number; end?: number; firstNumber?: number } = {}): AsyncGenerator<FileLine> {
  if (end !== undefined && end <= start) return;
  const stream = createReadStream(path, { start, ...(end === undefined ? {} : { end: end - 1 }) });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = start;
  let number = firstNumber;
  const lineOf = (bytes: Buffer): FileLine => {
    const line = { text: bytes.toString('utf8').replace(/\r$/, ''), number, offset, next: offset + bytes.length + 1 };
    offset = line.next;
    number += 1;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(10, from); newline !== -1; newline = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, newline);
      yield lineOf(pending.length === 0 ? piece : Buffer.concat([...pending, piece], pendingBytes + piece.length));
      pending = [];
      pendingBytes = 0;
      from = newline + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
    }
  }
  if (pendingBytes > 0) yield lineOf(Buffer.concat(pending, pendingBytes));
}

/**
 * Writes a file through `fill`, first under a temporary name beside it, then renamed into place once complete and
 * flushed to disk: a failure leaves any earlier file of that name as it was, never a truncated one. The file is
 * created with `mode` (which the umask can only narrow), so a private file is never readable by others, even while
 * it is written.
 */
export async function writeFileWhole<T>(path: string, mode: number, fill: (write: (text: string) => Promise<void>) => Promise<T>): Promise<T> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(temporary, { flags: 'wx', mode });
  try {
    await once(stream, 'open');
    const result = await fill(streamWriter(stream));
    stream.end();
    await finished(stream);
    // Flushed to disk before it takes the name, so a crash never leaves a named but empty backup.
    const handle = await open(temporary, 'r+');
    await handle.sync().finally(() => handle.close());
    await rename(temporary, path);
    return result;
  } catch (error) {
    // A write still in flight fails once the stream is gone; `error` is the failure worth reporting.
    stream.on('error', () => undefined);
    stream.destroy();
    await finished(stream).catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
