import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type MediaStorage, isStorageKey } from './media-storage.js';

/** Where an S3-compatible bucket is and how to reach it. */
export interface S3StorageOptions {
  /** The service's address, for S3-compatible storage other than AWS (MinIO, Ceph, a cloud's own); unset for AWS. */
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Where readers fetch files: the bucket's public address or a CDN in front of it, without a trailing slash. */
  publicUrl: string;
  /** Addresses as `endpoint/bucket/key` rather than `bucket.endpoint/key`, as most self-hosted services need. */
  forcePathStyle: boolean;
}

function refuseUnlessKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Refused media storage key ${JSON.stringify(key)}`);
}

/**
 * Files in an S3-compatible bucket, shared by every API process, as many processes cannot share a local folder. Each
 * file is stored with its content type and a year-long immutable cache header, since a key is never rewritten
 * (a new upload is a new id), so the bucket or a CDN can serve it straight to readers.
 */
export function createS3MediaStorage(options: S3StorageOptions): MediaStorage {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  const base = options.publicUrl.replace(/\/+$/, '');
  return {
    async put(key, bytes, contentType) {
      refuseUnlessKey(key);
      await client.send(
        new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: bytes, ContentType: contentType, CacheControl: 'public, max-age=31536000, immutable' }),
      );
    },
    async read(key) {
      refuseUnlessKey(key);
      const answer = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key }));
      if (!answer.Body) throw new Error(`The bucket answered no body for ${key}`);
      return Buffer.from(await answer.Body.transformToByteArray());
    },
    // S3 answers a delete of a missing key as done, as the interface asks.
    async delete(key) {
      refuseUnlessKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: key }));
    },
    urlOf(key) {
      refuseUnlessKey(key);
      return `${base}/${key}`;
    },
  };
}
