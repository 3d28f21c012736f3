import { AppError, mediaFilePart } from '@kraina/core';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import { type UploadLimits, safeFilename } from './inspect-upload.js';
import type { MediaStore } from './media-store.js';
import { prepareUpload } from './prepare-upload.js';
import { uploadedFileOf } from './read-upload-form.js';
import { refuseFileNameAlt } from './refuse-file-name-alt.js';

type MediaHandlers = Pick<ContractHandlers, 'listMedia' | 'uploadMedia' | 'getMedia' | 'getPublicMedia' | 'updateMedia' | 'deleteMedia'>;

/** The media library routes; the upload's form is read by `readUploadForm` before the handler runs. */
export function mediaHandlers(media: MediaStore, limits: UploadLimits): MediaHandlers {
  return {
    listMedia: ({ query }) => media.list(query),
    uploadMedia: async ({ body, req }) => {
      const file = uploadedFileOf(req);
      if (file === undefined) {
        throw new AppError('invalid-input', 'Attach the file to upload', { issues: [{ pointer: `#/body/${mediaFilePart}`, detail: `Required: one file in the part named "${mediaFilePart}"` }] });
      }
      // Checked before the file is converted, which is the slow part.
      refuseFileNameAlt(body.alt, safeFilename(file.declaredName));
      return media.keep(await prepareUpload(file, limits), body);
    },
    getMedia: ({ params }) => media.get(params.id),
    getPublicMedia: ({ params }) => media.getPublic(params.id),
    updateMedia: ({ params, body, req }) => media.update(params.id, body, requiredVersionOf(req, body.version)),
    deleteMedia: ({ params, staff, req }) => media.delete(params.id, { id: staff.id, address: req.ip ?? null }),
  };
}
