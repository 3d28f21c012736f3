import type { Config } from '../config.js';
import { type MediaStorage, createLocalMediaStorage } from './media-storage.js';
import { createS3MediaStorage } from './s3-media-storage.js';

type StorageSettings = Pick<
  Config,
  'MEDIA_DIR' | 'PUBLIC_API_URL' | 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_PUBLIC_URL' | 'S3_FORCE_PATH_STYLE'
>;

/**
 * The media storage the settings describe: an S3-compatible bucket when S3_BUCKET is set (config.ts has checked
 * that the rest of S3_* came with it), otherwise MEDIA_DIR on local disk, served by the API at `/media`.
 */
export function openMediaStorage(config: StorageSettings): MediaStorage {
  if (config.S3_BUCKET !== undefined && config.S3_ACCESS_KEY_ID !== undefined && config.S3_SECRET_ACCESS_KEY !== undefined && config.S3_PUBLIC_URL !== undefined) {
    return createS3MediaStorage({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      publicUrl: config.S3_PUBLIC_URL,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return createLocalMediaStorage(config.MEDIA_DIR, { publicUrl: `${config.PUBLIC_API_URL?.replace(/\/+$/, '') ?? ''}/media` });
}
