import { describe, expect, it } from 'vitest';
import { alertStateOf } from './alert-state.js';

const now = new Date('2026-11-28T12:00:00Z');

describe('a banner’s place in its schedule', () => {
  it('is current between its start and its end, or from its start when it has no end', () => {
    expect(alertStateOf({ startsAt: '2026-11-28T11:00:00Z', endsAt: '2026-11-28T13:00:00Z' }, now)).toBe('current');
    expect(alertStateOf({ startsAt: '2026-11-01T00:00:00Z', endsAt: null }, now)).toBe('current');
  });

  it('is scheduled before its start and ended from its end on', () => {
    expect(alertStateOf({ startsAt: '2026-11-29T00:00:00Z', endsAt: null }, now)).toBe('scheduled');
    expect(alertStateOf({ startsAt: '2026-11-27T00:00:00Z', endsAt: '2026-11-28T12:00:00Z' }, now)).toBe('ended');
  });
});
