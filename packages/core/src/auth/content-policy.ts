import type { WorkflowStatus } from '../workflow/workflow-status.js';
import { type Principal, may } from './permission.js';

/** What the content policy needs to know of a stored article, event or place. */
export interface ContentFacts {
  /** Who wrote it; null when unknown (imported, or the type records no author yet). */
  authorId: string | null;
  status: WorkflowStatus;
  /** A place's kind, which every change to a place names (it picks the form the body takes). */
  kind?: string;
}

/** What a change touches: the fields the body sets, and the locales of `translations` it writes. */
export interface ContentChange {
  fields: readonly string[];
  locales: readonly string[];
  /** The kind a change to a place names, if any. */
  kind?: string;
}

/** A decision of the content policy, with the reason for a refusal, safe to show. */
export type ContentDecision = { allowed: true } | { allowed: false; reason: string };

// A translator's change may carry these besides the translations: `version` only says what it is based on.
const translationFields = new Set(['translations', 'version']);

/**
 * Whether a principal may make a change to one item: the object-level rules that the route's permission cannot
 * know. `content:write` changes anything; `content:write-own` only drafts its holder wrote; `translations:write`
 * only translations, and for a member of staff only in the locales assigned to them.
 */
export function decideContentChange(principal: Principal, item: ContentFacts, change: ContentChange): ContentDecision {
  if (may(principal, 'content:write')) return { allowed: true };
  if (may(principal, 'content:write-own') && item.authorId === principal.id) {
    return item.status === 'draft' ? { allowed: true } : { allowed: false, reason: 'Only drafts can be changed by their author; ask an editor' };
  }
  if (may(principal, 'translations:write')) {
    // A place's body must name its kind; naming the kind it already has changes nothing, naming another would.
    const namesOwnKind = (field: string) => field === 'kind' && item.kind !== undefined && change.kind === item.kind;
    const otherField = change.fields.find((field) => !translationFields.has(field) && !namesOwnKind(field));
    if (otherField !== undefined) return { allowed: false, reason: `Translators change translations only, not "${otherField}"` };
    const assigned = principal.kind === 'staff' ? principal.locales : undefined; // a token is not limited by locale
    const foreign = assigned === undefined ? undefined : change.locales.find((locale) => !assigned.includes(locale));
    if (foreign !== undefined) return { allowed: false, reason: `You are not assigned to translate into "${foreign}"` };
    return { allowed: true };
  }
  return { allowed: false, reason: 'Authors change only their own drafts' };
}
