import { describe, expect, it } from 'vitest';
import { noRepeat, repeatOf, ruleOf } from './recurrence-builder.js';

// 2026-05-02 is the first Saturday of May.
const start = '2026-05-02T19:00';

describe('the recurrence builder', () => {
  it('makes no rule for a one-off session', () => {
    expect(ruleOf(noRepeat(), start)).toBeUndefined();
  });

  it('writes a weekly rule on the chosen days, Monday first, ending on a day', () => {
    const repeat = { ...noRepeat(), frequency: 'WEEKLY' as const, weekdays: ['SA' as const, 'TU' as const], ends: 'until' as const, until: '2026-06-30' };
    expect(ruleOf(repeat, start)).toBe('FREQ=WEEKLY;BYDAY=TU,SA;UNTIL=20260630');
  });

  it('takes the nth weekday of the month from the first occurrence', () => {
    const repeat = { ...noRepeat(), frequency: 'MONTHLY' as const, monthlyBy: 'nth' as const, ends: 'count' as const, count: 10 };
    expect(ruleOf(repeat, start)).toBe('FREQ=MONTHLY;BYDAY=1SA;COUNT=10');
    expect(ruleOf({ ...repeat, monthlyBy: 'last' }, start)).toBe('FREQ=MONTHLY;BYDAY=-1SA;COUNT=10');
  });

  it('reads back every rule it writes', () => {
    const rules = ['FREQ=WEEKLY;BYDAY=TU,SA;UNTIL=20260630', 'FREQ=MONTHLY;BYDAY=1SA;COUNT=10', 'FREQ=DAILY;INTERVAL=3', 'FREQ=YEARLY'];
    for (const rule of rules) expect(ruleOf(repeatOf(rule, start), start)).toBe(rule);
  });

  it('keeps a rule it cannot show as written instead of dropping its parts', () => {
    const rule = 'FREQ=MONTHLY;BYMONTHDAY=1,15';
    expect(repeatOf(rule, start).custom).toBe(rule);
    expect(ruleOf(repeatOf(rule, start), start)).toBe(rule);
  });
});
