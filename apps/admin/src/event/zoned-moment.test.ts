import { describe, expect, it } from 'vitest';
import { readWallClock } from './zoned-moment.js';

describe('reading a wall-clock time in a zone', () => {
  it('gives the instant and offset of an ordinary time', () => {
    const moment = readWallClock('2026-12-05T19:00', 'Europe/Minsk');
    expect(moment).toMatchObject({ kind: 'exact', offset: '+03:00' });
    expect(moment?.kind === 'exact' && moment.instant.toString()).toBe('2026-12-05T16:00:00Z');
  });

  it('says when the clocks skip the time, and what it would become', () => {
    expect(readWallClock('2026-03-29T02:30', 'Europe/Berlin')).toEqual({ kind: 'gap', movedTo: '2026-03-29T03:30' });
  });

  it('says when the clocks show the time twice, taking the first', () => {
    const moment = readWallClock('2026-10-25T02:30', 'Europe/Berlin');
    expect(moment).toMatchObject({ kind: 'overlap', offset: '+02:00', laterOffset: '+01:00' });
  });

  it('has nothing to say about a half-typed time', () => {
    expect(readWallClock('2026-10-2', 'Europe/Berlin')).toBeUndefined();
  });
});
