import { z } from 'zod';
import { be, en, ru } from 'zod/locales';
import type { AdminLocale } from './messages.js';

const localeErrors = { en, ru, be } as const;

/**
 * Has core's schemas word their refusals in the interface language: zod (which core's schemas are built on, one copy
 * in the bundle) ships English, Russian and Belarusian messages, and reads this setting each time it validates.
 */
export function wordSchemaMessagesIn(locale: AdminLocale): void {
  z.config(localeErrors[locale]());
}
