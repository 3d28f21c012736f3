import { defineMessages } from '../locale/define-messages.js';

/** The account screens' words. */
export const accountMessages = defineMessages({}, {}, {});
