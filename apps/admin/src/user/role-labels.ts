import type { UserRole } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

/** How each of core's staff roles reads in the interface. */
export const roleLabels: Record<UserRole, MessageKey> = {
  admin: 'roleAdmin',
  editor: 'roleEditor',
  author: 'roleAuthor',
  translator: 'roleTranslator',
};
