import { AppError, type ContentFacts, type Principal, decideContentChange } from '@kraina/core';

/**
 * The one object-level hook of the content handlers: after the route's permission let the caller in, it asks core's
 * content policy whether this caller may make this change to this item (an author only their own drafts, a
 * translator only translations in their locales) and answers 403 when not. An item that does not exist passes, so
 * the store answers 404 as it would for anyone allowed to look.
 */
export function refuseUnlessMayChange(staff: Principal, item: ContentFacts | undefined, change: object): void {
  if (item === undefined) return;
  const translations = 'translations' in change && typeof change.translations === 'object' && change.translations !== null ? change.translations : {};
  const fields = Object.entries(change).filter(([, value]) => value !== undefined).map(([field]) => field);
  const kind = 'kind' in change && typeof change.kind === 'string' ? change.kind : undefined;
  const decision = decideContentChange(staff, item, { fields, locales: Object.keys(translations), ...(kind === undefined ? {} : { kind }) });
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
}
