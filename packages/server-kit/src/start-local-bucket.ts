/** An S3-compatible bucket on loopback, and the settings that point an api process at it. */
export interface LocalBucket {
  /** The server's address, as S3_ENDPOINT takes it. */
  endpoint: string;
  /** Where readers fetch a file by its key: the bucket's path-style address, with a trailing slash. */
  publicUrl: string;
  /** The S3_* settings of an api process keeping its media in this bucket. */
  env: Record<string, string>;
  close: () => Promise<void>;
}

/**
 * Starts s3rver (an S3-compatible server from npm) on a free loopback port over `directory`, with one bucket, for
 * tests of media kept in object storage, as a deployment beyond one machine keeps it. s3rver is a development
 * dependency of whichever package calls this, and is loaded only then.
 */
export async function startLocalBucket(directory: string, bucket = 'kraina-media'): Promise<LocalBucket> {
  const { default: S3rver } = await import('s3rver');
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const publicUrl = `${endpoint}/${bucket}/`;
  // s3rver accepts only its own fixed test credentials.
  const env = { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_PUBLIC_URL: publicUrl, S3_FORCE_PATH_STYLE: 'true' };
  return { endpoint, publicUrl, env, close: () => server.close() };
}
