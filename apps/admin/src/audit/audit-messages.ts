import { defineMessages } from '../locale/define-messages.js';

/** The audit log screens' words. */
export const auditMessages = defineMessages({}, {}, {});
