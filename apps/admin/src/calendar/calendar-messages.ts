import { defineMessages } from '../locale/define-messages.js';

/** The editorial calendar screens' words. */
export const calendarMessages = defineMessages({}, {}, {});
