import { defineMessages } from '../locale/define-messages.js';

/** The site alerts screens' words. */
export const alertMessages = defineMessages({}, {}, {});
