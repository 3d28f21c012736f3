/**
 * The Redis pub/sub channel on which every Kraina process tells the others that what readers see has changed: API
 * processes empty their response caches, web processes their copies of the API's answers. One per portal, named
 * by the key prefix its processes share.
 */
export function contentChangeChannelOf(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}content-changed`;
}
