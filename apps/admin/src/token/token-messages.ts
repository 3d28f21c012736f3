import { defineMessages } from '../locale/define-messages.js';

/** The API tokens screens' words. */
export const tokenMessages = defineMessages({}, {}, {});
