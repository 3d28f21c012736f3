import { createHmac, timingSafeEqual } from 'node:crypto';

// A preview link lets someone without a staff session (the web app rendering a draft, a colleague handed the link)
// read one draft item for a short while. The link carries what it opens and until when, signed with HMAC-SHA-256,
// so nothing is stored and any api process with the same secret can check it.

/** What a preview link opens. */
export interface PreviewTarget {
  kind: 'article' | 'event' | 'site';
  id: string;
}

/** A preview link's token and when it stops working. */
export interface IssuedPreview {
  token: string;
  expiresAt: string;
}

const kinds = new Set<PreviewTarget['kind']>(['article', 'event', 'site']);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Issues and checks preview tokens under one secret; `now` is injectable so tests can let a link expire. */
export function createPreviewTokens(secret: string, ttlMinutes: number, now: () => Date = () => new Date()) {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

  return {
    issue(target: PreviewTarget): IssuedPreview {
      const expiresAtMs = now().getTime() + ttlMinutes * 60_000;
      const payload = Buffer.from(JSON.stringify([target.kind, target.id, expiresAtMs])).toString('base64url');
      return { token: `${payload}.${sign(payload)}`, expiresAt: new Date(expiresAtMs).toISOString() };
    },

    /** The target of a genuine, unexpired token; undefined for anything else, whatever is wrong with it. */
    verify(token: string): (PreviewTarget & { expiresAt: string }) | undefined {
      const [payload, signature, ...rest] = token.split('.');
      if (payload === undefined || signature === undefined || rest.length > 0) return undefined;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      try {
        const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
        const [kind, id, expiresAtMs] = parsed as unknown[];
        if (!kinds.has(kind as PreviewTarget['kind']) || typeof id !== 'string' || !uuid.test(id) || typeof expiresAtMs !== 'number') return undefined;
        if (now().getTime() >= expiresAtMs) return undefined;
        return { kind: kind as PreviewTarget['kind'], id, expiresAt: new Date(expiresAtMs).toISOString() };
      } catch {
        return undefined;
      }
    },
  };
}

/** The preview token issuer and checker. */
export type PreviewTokens = ReturnType<typeof createPreviewTokens>;
