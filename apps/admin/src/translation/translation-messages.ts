import { defineMessages } from '../locale/define-messages.js';

/** The translation screens' words. */
export const translationMessages = defineMessages({}, {}, {});
