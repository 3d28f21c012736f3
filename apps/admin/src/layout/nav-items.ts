import type { Permission } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

/** One link of the main navigation, and the permission a user needs to see it. */
export interface NavItem {
  to: string;
  label: MessageKey;
  needs: Permission;
}

/** The main navigation in order: content for all staff, then the portal's administration. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'navDashboard', needs: 'self' },
  { to: '/calendar', label: 'navCalendar', needs: 'drafts:read' },
  { to: '/articles', label: 'navArticles', needs: 'drafts:read' },
  { to: '/events', label: 'navEvents', needs: 'drafts:read' },
  { to: '/places', label: 'navPlaces', needs: 'drafts:read' },
  { to: '/media', label: 'navMedia', needs: 'drafts:read' },
  { to: '/sections', label: 'navSections', needs: 'sections:manage' },
  { to: '/users', label: 'navUsers', needs: 'users:manage' },
  { to: '/tokens', label: 'navTokens', needs: 'tokens:manage' },
  { to: '/audit', label: 'navAudit', needs: 'audit:read' },
  { to: '/alerts', label: 'navAlerts', needs: 'site:manage' },
  { to: '/redirects', label: 'navRedirects', needs: 'site:manage' },
];

/** The links a session's permissions open, as the API reported them: the API, not the app, says who may do what. */
export function navItemsFor(permissions: readonly Permission[]): NavItem[] {
  return navItems.filter((item) => permissions.includes(item.needs));
}
