import { randomUUID } from 'node:crypto';
import { AppError, type StaffSession } from '@kraina/core';
import type { Redis } from 'ioredis';
import type { UserStore } from '../user/user-store.js';
import { csrfTokenOf, hashSecret, newSecret } from './secrets.js';
import { type SessionLifetimes, type SessionStore, accountOf, earlier, touchEveryMs } from './session-store.js';

// Sessions in Redis, for many api processes: a sign-in on one is honoured by every other without a database round
// trip per request. Three kinds of key, each expiring with what it describes, so nothing outlives its session:
//   session:<hash of the secret>   a hash of the session's fields (the secret itself is never stored)
//   session-id:<id>                the secret's hash, to end a session by the id "my sessions" shows
//   user-sessions:<user id>        a sorted set of the user's session ids by sign-in time, for the list and revoke-all
// A revoked session's keys are deleted: unlike a database row, nothing reads it afterwards.
// Expiry is decided by the app's clock, as the database store's is, so tests move one clock; the keys' TTLs only
// make Redis forget what has ended.

/** Where a Redis session store keeps its keys, and the clock it reads. */
export interface RedisSessionOptions {
  /** Put before every key, so several portals (or test runs) can share one Redis. */
  prefix: string;
  now?: () => Date;
}

interface StoredSession {
  id: string;
  userId: string;
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

// Failing closed: a session that cannot be checked is not taken as valid, nor as absent (which would sign the
// editor out): the request answers 503 and the editor's next try, once Redis is back, works.
async function reachRedis<T>(command: Promise<T>): Promise<T> {
  try {
    return await command;
  } catch (error) {
    throw new AppError('unavailable', 'Signed-in work is briefly unavailable; try again shortly', { cause: error });
  }
}

function isStoredSession(fields: Record<string, string>): fields is Record<string, string> & StoredSession {
  return ['id', 'userId', 'createdAt', 'lastSeenAt', 'idleExpiresAt', 'absoluteExpiresAt'].every((name) => typeof fields[name] === 'string');
}

/** Staff sessions in Redis, shared by every api process using the same Redis and prefix. */
export function createRedisSessionStore(redis: Redis, users: UserStore, lifetimes: SessionLifetimes, { prefix, now = () => new Date() }: RedisSessionOptions): SessionStore {
  const idleMs = lifetimes.idleMinutes * 60_000;
  const maxMs = lifetimes.maxHours * 3_600_000;
  const sessionKey = (secretHash: string) => `${prefix}session:${secretHash}`;
  const idKey = (id: string) => `${prefix}session-id:${id}`;
  const userKey = (userId: string) => `${prefix}user-sessions:${userId}`;
  // At least a millisecond: PEXPIRE with 0 or less deletes at once, which an ended session should be anyway.
  const msUntil = (iso: string, at: Date) => Math.max(1, Date.parse(iso) - at.getTime());

  const isOpen = (session: StoredSession, iso: string) => session.idleExpiresAt > iso && session.absoluteExpiresAt > iso;

  async function sessionsOf(userId: string): Promise<{ secretHash: string; session: StoredSession }[]> {
    const ids = await reachRedis(redis.zrange(userKey(userId), '0', '-1'));
    if (ids.length === 0) return [];
    const hashes = await reachRedis(redis.mget(ids.map(idKey)));
    const found = hashes.flatMap((secretHash) => (secretHash === null ? [] : [secretHash]));
    const pipeline = redis.pipeline();
    for (const secretHash of found) pipeline.hgetall(sessionKey(secretHash));
    const results = (await reachRedis(pipeline.exec())) ?? [];
    return found.flatMap((secretHash, index) => {
      const fields = results[index]?.[1] as Record<string, string> | undefined;
      return fields && isStoredSession(fields) && fields.userId === userId ? [{ secretHash, session: fields }] : [];
    });
  }

  async function end(entries: readonly { secretHash: string; session: Pick<StoredSession, 'id' | 'userId'> }[]): Promise<void> {
    if (entries.length === 0) return;
    const transaction = redis.multi();
    for (const { secretHash, session } of entries) {
      transaction.del(sessionKey(secretHash), idKey(session.id));
      transaction.zrem(userKey(session.userId), session.id);
    }
    await reachRedis(transaction.exec());
  }

  return {
    async start(userId, userAgent) {
      const secret = newSecret();
      const secretHash = hashSecret(secret);
      const at = now();
      const session: StoredSession = {
        id: randomUUID(),
        userId,
        userAgent: userAgent?.slice(0, 500) ?? '',
        createdAt: at.toISOString(),
        lastSeenAt: at.toISOString(),
        idleExpiresAt: new Date(at.getTime() + idleMs).toISOString(),
        absoluteExpiresAt: new Date(at.getTime() + maxMs).toISOString(),
      };
      const ttl = msUntil(earlier(session.idleExpiresAt, session.absoluteExpiresAt), at);
      const transaction = redis.multi();
      transaction.hset(sessionKey(secretHash), session);
      transaction.pexpire(sessionKey(secretHash), ttl);
      transaction.set(idKey(session.id), secretHash, 'PX', ttl);
      // Ids of sessions past any possible lifetime are dropped, and the set lives as long as its newest session can.
      transaction.zremrangebyscore(userKey(userId), '-inf', at.getTime() - maxMs);
      transaction.zadd(userKey(userId), at.getTime(), session.id);
      transaction.pexpire(userKey(userId), maxMs);
      await reachRedis(transaction.exec());
      return { secret, session: { id: session.id, userId, csrfToken: csrfTokenOf(secret), expiresAt: earlier(session.idleExpiresAt, session.absoluteExpiresAt) } };
    },

    async resolve(secret) {
      const at = now();
      const iso = at.toISOString();
      const secretHash = hashSecret(secret);
      const fields = await reachRedis(redis.hgetall(sessionKey(secretHash)));
      if (!isStoredSession(fields) || !isOpen(fields, iso)) return undefined;
      const user = await accountOf(users, fields.userId);
      if (!user || user.disabled) return undefined;
      let idleExpiresAt = fields.idleExpiresAt;
      if (at.getTime() - Date.parse(fields.lastSeenAt) >= touchEveryMs) {
        idleExpiresAt = new Date(at.getTime() + idleMs).toISOString();
        const ttl = msUntil(earlier(idleExpiresAt, fields.absoluteExpiresAt), at);
        const transaction = redis.multi();
        transaction.hset(sessionKey(secretHash), { lastSeenAt: iso, idleExpiresAt });
        transaction.pexpire(sessionKey(secretHash), ttl);
        transaction.pexpire(idKey(fields.id), ttl);
        await reachRedis(transaction.exec());
      }
      return {
        session: { id: fields.id, userId: fields.userId, csrfToken: csrfTokenOf(secret), expiresAt: earlier(idleExpiresAt, fields.absoluteExpiresAt) },
        user,
      };
    },

    async revokeBySecret(secret) {
      const secretHash = hashSecret(secret);
      const fields = await reachRedis(redis.hgetall(sessionKey(secretHash)));
      if (isStoredSession(fields)) await end([{ secretHash, session: fields }]);
    },

    async revoke(id, userId) {
      const secretHash = await reachRedis(redis.get(idKey(id)));
      const owner = secretHash === null ? null : await reachRedis(redis.hget(sessionKey(secretHash), 'userId'));
      if (secretHash === null || owner !== userId) throw new AppError('not-found', 'No such open session');
      await end([{ secretHash, session: { id, userId } }]);
    },

    async revokeAllOf(userId, exceptId) {
      await end((await sessionsOf(userId)).filter(({ session }) => session.id !== exceptId));
    },

    async listOpen(userId, currentId): Promise<StaffSession[]> {
      const iso = now().toISOString();
      return (await sessionsOf(userId))
        .map(({ session }) => session)
        .filter((session) => isOpen(session, iso))
        .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1))
        .map((session) => ({
          id: session.id,
          createdAt: session.createdAt,
          lastSeenAt: session.lastSeenAt,
          expiresAt: earlier(session.idleExpiresAt, session.absoluteExpiresAt),
          userAgent: session.userAgent === '' ? null : session.userAgent,
          current: session.id === currentId,
        }));
    },
  };
}
