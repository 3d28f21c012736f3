import { rolePermissions } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { navItemsFor } from './nav-items.js';

const labels = (role: keyof typeof rolePermissions) => navItemsFor(rolePermissions[role]).map((item) => item.label);

describe('the main navigation', () => {
  it('shows an author content screens and no administration', () => {
    expect(labels('author')).toEqual(['navDashboard', 'navCalendar', 'navArticles', 'navEvents', 'navPlaces', 'navMedia']);
  });

  it('shows an editor sections but no administration', () => {
    expect(labels('editor')).toContain('navSections');
    expect(labels('editor')).not.toContain('navUsers');
  });

  it('shows an admin users, tokens, audit, alerts and redirects too', () => {
    expect(labels('admin')).toEqual(expect.arrayContaining(['navUsers', 'navTokens', 'navAudit', 'navAlerts', 'navRedirects']));
  });

  it('shows an account that must first set up two-factor sign-in only the dashboard', () => {
    expect(navItemsFor(['self']).map((item) => item.label)).toEqual(['navDashboard']);
  });
});
