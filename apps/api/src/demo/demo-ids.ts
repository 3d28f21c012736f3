import { createHash } from 'node:crypto';

// A fixed namespace of our own, so demo ids never collide with ids made by randomUUID.
const namespace = 'kraina-demo-content';

/** A stable UUID (version 5 layout, SHA-1 of a name) for a demo item: the same type and key always give the same id. */
export function demoId(type: 'article' | 'event' | 'site' | 'media', key: string): string {
  const hash = createHash('sha1').update(`${namespace}:${type}:${key}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50; // version 5
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
