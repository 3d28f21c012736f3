import { AppError, mediaFilePart } from '@kraina/core';
import busboy from 'busboy';
import type { Request, RequestHandler } from 'express';

/** The file part of an upload, read whole into memory (it is bounded by the size limit). */
export interface UploadedFile {
  /** The name the browser sent, unchecked: only ever shown after `safeFilename`, never used as a path. */
  declaredName: string;
  bytes: Buffer;
}

/** What an upload form may hold. */
export interface UploadFormLimits {
  maxFileBytes: number;
}

// Enough for every text field of an upload (alt and caption in each locale, credit, focal point); more is not a form of ours.
const maxFields = 40;
const maxFieldBytes = 4096;
// Form encoding around the file: part headers and the text fields.
const formOverheadBytes = maxFields * (maxFieldBytes + 256);

const files = new WeakMap<Request, UploadedFile>();

/** The file a request's upload form carried, once `readUploadForm` has read it; undefined when none was sent. */
export function uploadedFileOf(req: Request): UploadedFile | undefined {
  return files.get(req);
}

const fieldName = /^([A-Za-z]+)(?:\[([A-Za-z0-9-]+)\])?$/;

/** `alt[en]` → `#/body/alt/en`, the pointer the contract's validation would give the same field. */
function pointerOf(name: string): string {
  const match = fieldName.exec(name);
  return match ? `#/body/${match[1]}${match[2] === undefined ? '' : `/${match[2]}`}` : `#/body/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function refuseField(name: string, detail: string): AppError {
  return new AppError('invalid-input', 'The form has a field that cannot be read', { issues: [{ pointer: pointerOf(name), detail }] });
}

/**
 * Reads a `multipart/form-data` upload: the text fields into `req.body` (`alt[en]` as `{ alt: { en } }`, blank fields
 * left out, as a browser form sends them), and the one `file` part into memory for `uploadedFileOf`. A body larger
 * than the limit is refused with 413 as soon as that is known (from Content-Length, or while streaming), anything
 * but a form with 415, a second file or a field too long with 422, a broken form with 400.
 */
export function readUploadForm({ maxFileBytes }: UploadFormLimits): RequestHandler {
  const tooLarge = () => new AppError('payload-too-large', `The file is larger than ${Math.floor(maxFileBytes / 1024 / 1024)} MB`);
  return (req, res, next) => {
    if (!hasBody(req)) {
      req.body = {}; // the handler names the missing file
      next();
      return;
    }
    if (!req.is('multipart/form-data')) {
      next(new AppError('unsupported-media-type', 'Send the upload as multipart/form-data, with the file in a part named "file"'));
      return;
    }
    const declaredLength = Number(req.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > maxFileBytes + formOverheadBytes) {
      // Answer without reading the body; the connection closes, so the rest need not be received either.
      res.set('Connection', 'close');
      next(tooLarge());
      return;
    }

    let form: busboy.Busboy;
    try {
      form = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxFileBytes, fields: maxFields, fieldSize: maxFieldBytes, fieldNameSize: 100, parts: maxFields + 1 },
      });
    } catch (error) {
      next(new AppError('malformed-request', 'The form could not be read: it has no boundary', { cause: error }));
      return;
    }

    const fields = new Map<string, string>();
    const nested = new Map<string, Map<string, string>>();
    let file: UploadedFile | undefined;
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(form);
      req.resume(); // read the rest off the connection and drop it, so the answer can be sent
      if (error.code === 'payload-too-large') res.set('Connection', 'close');
      next(error);
    };

    form.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) return fail(refuseField(name, `Must be at most ${maxFieldBytes} bytes`));
      if (value.trim() === '') return;
      const match = fieldName.exec(name);
      const [whole, key, locale] = match ?? [name, name, undefined];
      if (fields.has(whole)) return fail(refuseField(name, 'Sent more than once'));
      fields.set(whole, value);
      // Only `name` and `name[key]` have a shape; any other name is kept whole, for the schema to refuse by name.
      if (match && locale !== undefined && key !== undefined) nested.set(key, (nested.get(key) ?? new Map<string, string>()).set(locale, value));
    });
    form.on('file', (name, stream, info) => {
      if (name !== mediaFilePart) {
        stream.resume();
        return fail(refuseField(name, `Only the part named "${mediaFilePart}" may carry a file`));
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge()));
      stream.on('end', () => {
        const bytes = Buffer.concat(chunks);
        // A browser sends an empty, nameless part for a file input left empty: that is no file, not an empty one.
        if (!stream.truncated && (bytes.length > 0 || (info.filename ?? '') !== '')) file = { declaredName: info.filename ?? '', bytes };
      });
    });
    form.on('filesLimit', () => fail(refuseField(mediaFilePart, 'Send one file per upload')));
    form.on('fieldsLimit', () => fail(new AppError('payload-too-large', `The form has more than ${maxFields} fields`)));
    form.on('partsLimit', () => fail(new AppError('payload-too-large', `The form has more than ${maxFields + 1} parts`)));
    form.on('error', (error) => fail(new AppError('malformed-request', 'The form could not be read', { cause: error })));
    form.on('close', () => {
      if (settled) return;
      const plain = [...fields].filter(([name]) => fieldName.exec(name)?.[2] === undefined);
      const both = plain.find(([name]) => nested.has(name));
      if (both !== undefined) {
        fail(refuseField(both[0], `Send either "${both[0]}" or "${both[0]}[…]" fields, not both`));
        return;
      }
      // Own properties from entries, so a field named `__proto__` is a field the schema refuses, not a prototype.
      const body: Record<string, unknown> = Object.fromEntries<unknown>([...plain, ...[...nested].map(([key, values]) => [key, Object.fromEntries(values)] as const)]);
      req.body = body;
      settled = true;
      if (file !== undefined) files.set(req, file);
      next();
    });
    req.pipe(form);
  };
}

// A `Content-Length: 0` request has no form; the missing file is then named like any missing field.
function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
