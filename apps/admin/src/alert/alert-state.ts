import { type SiteAlert, isAlertShowing } from '@kraina/core';

/** Where a banner is in its schedule, as the list shows it. */
export type AlertState = 'current' | 'scheduled' | 'ended';

/** Whether a banner shows now, is still to start, or is over; "showing" is core's own rule, as the public site reads it. */
export function alertStateOf(alert: Pick<SiteAlert, 'startsAt' | 'endsAt'>, now: Date): AlertState {
  if (isAlertShowing(alert, now)) return 'current';
  return Date.parse(alert.startsAt) > now.getTime() ? 'scheduled' : 'ended';
}
