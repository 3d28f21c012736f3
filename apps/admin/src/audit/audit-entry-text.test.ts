import { describe, expect, it } from 'vitest';
import '../locale/area-messages.js';
import { formatMessage } from '../locale/messages.js';
import { auditActorText, auditDetailsText, auditTargetText } from './audit-entry-text.js';

const t = (key: Parameters<typeof formatMessage>[1], values?: Record<string, string | number>) => formatMessage('en', key, values);
const ales = '0b9e8f55-7a2e-4d7e-9c55-7d6c0e0a1f10';
const names = new Map([[ales, 'Ales Author']]);

describe('an audit entry as an admin reads it', () => {
  it('says what a role change changed', () => {
    const text = auditDetailsText({ from: { role: 'author', locales: [] }, to: { role: 'translator', locales: ['ru', 'be'] } }, t);
    expect(text).toBe('Role author → translator (ru, be)');
  });

  it('names the email a failed sign-in tried, and the slug and locales of a publication', () => {
    expect(auditDetailsText({ email: 'who@kraina.test' }, t)).toBe('Email tried: who@kraina.test');
    expect(auditDetailsText({ slug: 'opera-season', locales: ['en', 'be'] }, t)).toBe('Slug opera-season; locales en, be');
  });

  it('names the actor and an account target, and says when the system or a removed account acted', () => {
    expect(auditActorText({ actorId: ales }, names, t)).toBe('Ales Author');
    expect(auditActorText({ actorId: null }, names, t)).toBe('System or unknown visitor');
    expect(auditActorText({ actorId: '99999999-7a2e-4d7e-9c55-7d6c0e0a1f10' }, names, t)).toBe('Unknown account 99999999');
    expect(auditTargetText({ targetType: 'user', targetId: ales }, names)).toBe('user Ales Author');
    expect(auditTargetText({ targetType: null, targetId: null }, names)).toBe('');
  });
});
