import { defineMessages } from '../locale/define-messages.js';

/** The media library screens' words. */
export const mediaMessages = defineMessages({}, {}, {});
