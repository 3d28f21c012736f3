import { defineMessages } from '../locale/define-messages.js';

/** The redirects screens' words. */
export const redirectMessages = defineMessages({}, {}, {});
