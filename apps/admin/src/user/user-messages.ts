import { defineMessages } from '../locale/define-messages.js';

/** The users screens' words. */
export const userMessages = defineMessages({}, {}, {});
