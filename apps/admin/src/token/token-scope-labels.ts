import type { TokenScope } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

/** What each scope of core's lets a token do, in the admin's words beside the scope's own name. */
export const tokenScopeLabels: Record<TokenScope, MessageKey> = {
  'drafts:read': 'tokenScopeDraftsRead',
  'content:write': 'tokenScopeContentWrite',
  'content:publish': 'tokenScopeContentPublish',
  'content:delete': 'tokenScopeContentDelete',
  'translations:write': 'tokenScopeTranslationsWrite',
  'sections:manage': 'tokenScopeSectionsManage',
  'site:manage': 'tokenScopeSiteManage',
  'audit:read': 'tokenScopeAuditRead',
};
