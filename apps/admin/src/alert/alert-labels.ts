import type { AlertLevel } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';
import type { AlertState } from './alert-state.js';

/** How each of core's alert levels reads in the interface. */
export const alertLevelLabels: Record<AlertLevel, MessageKey> = {
  emergency: 'alertLevelEmergency',
  warning: 'alertLevelWarning',
  holiday: 'alertLevelHoliday',
  info: 'alertLevelInfo',
};

/** How each place in a banner's schedule reads in the interface. */
export const alertStateLabels: Record<AlertState, MessageKey> = {
  current: 'alertStateCurrent',
  scheduled: 'alertStateScheduled',
  ended: 'alertStateEnded',
};
