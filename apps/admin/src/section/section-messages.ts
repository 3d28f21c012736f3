import { defineMessages } from '../locale/define-messages.js';

/** The sections screens' words. */
export const sectionMessages = defineMessages({}, {}, {});
