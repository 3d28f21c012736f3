import { defineMessages } from '../locale/define-messages.js';

/** The events screens' words. */
export const eventMessages = defineMessages({}, {}, {});
