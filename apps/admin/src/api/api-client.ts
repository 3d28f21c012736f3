import { type KrainaClient, createClient } from '@kraina/core';
import { currentCsrfToken } from './csrf-token.js';

/**
 * The API, reached through this app's own `/api` (the admin server forwards it), so the httpOnly session cookie is
 * same-origin and never readable by scripts. Answers are checked against core's contract.
 */
export const api: KrainaClient = createClient({
  baseUrl: typeof window === 'undefined' ? 'http://localhost/' : window.location.origin,
  credentials: 'same-origin',
  csrfToken: currentCsrfToken,
});
