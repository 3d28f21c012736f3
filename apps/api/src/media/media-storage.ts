import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

/**
 * Where media files live, behind one small interface so that local disk today and S3-compatible storage later
 * (issue 7) are interchangeable. Keys are made by the media store from ids (`<id>.jpeg`, `<id>-640w.webp`), never
 * from uploaded names.
 */
export interface MediaStorage {
  /** Keeps a file under a key; keys are new ids, so nothing served is replaced (the demo rewrites its own). */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  read(key: string): Promise<Buffer>;
  /** Removes a file; a key with no file is already removed. */
  delete(key: string): Promise<void>;
  /** Where readers fetch the file. */
  urlOf(key: string): string;
}

// Letters, digits, dot, dash and underscore, in segments that start with a letter or digit: no `..`, no absolute
// path, no backslash, nothing a filesystem or URL reads specially.
const keyPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,199}){0,3}$/;

/** Whether a key is one the storage accepts. */
export function isStorageKey(key: string): boolean {
  return keyPattern.test(key);
}

/**
 * Files in a folder on local disk, served by the API at `publicUrl` (`/media` by default). A key that would resolve
 * outside the folder is refused, however it is spelt, so no bug elsewhere can write or delete beyond it. The content
 * type is not kept: the static server answers by the key's extension.
 */
export function createLocalMediaStorage(folder: string, { publicUrl = '/media' }: { publicUrl?: string } = {}): MediaStorage {
  const root = resolve(folder);
  const pathOf = (key: string): string => {
    const path = resolve(root, key);
    if (!isStorageKey(key) || !path.startsWith(`${root}${sep}`)) throw new Error(`Refused media storage key ${JSON.stringify(key)}`);
    return path;
  };
  const base = publicUrl.replace(/\/+$/, '');
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    },
    // Async, so a refused key is a rejected promise like any other failure of storage.
    async read(key) {
      return readFile(pathOf(key));
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    urlOf: (key) => {
      pathOf(key); // a key that could not be stored has no address either
      return `${base}/${key}`;
    },
  };
}
