import { defineMessages } from '../locale/define-messages.js';

/** The revision history screens' words. */
export const historyMessages = defineMessages({}, {}, {});
