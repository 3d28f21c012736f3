import { describe, expect, it } from 'vitest';
import { auditQueryFromUrl, auditQueryToUrl } from './audit-query-url.js';

describe('the audit log address', () => {
  it('keeps the action, actor, date range and page across a reload', () => {
    const address = 'action=role-changed&actorId=0b9e8f55-7a2e-4d7e-9c55-7d6c0e0a1f10&from=2026-11-01&to=2026-11-28&cursor=MTIz';
    const query = auditQueryFromUrl(new URLSearchParams(address));
    expect(query).toEqual({ action: 'role-changed', actorId: '0b9e8f55-7a2e-4d7e-9c55-7d6c0e0a1f10', from: '2026-11-01', to: '2026-11-28', cursor: 'MTIz' });
    expect(auditQueryToUrl(query).toString()).toBe(address);
  });

  it('drops an action core does not know, an actor that is not an id, and a date that is not a day', () => {
    expect(auditQueryFromUrl(new URLSearchParams('action=hacked&actorId=alice&from=yesterday&to=2026-11-28'))).toEqual({ to: '2026-11-28' });
  });
});
