import { defineMessages } from '../locale/define-messages.js';

/** The places screens' words. */
export const placeMessages = defineMessages({}, {}, {});
