import type { Authenticate } from './contract-handlers.js';

// TODO(#4): the editorial back end replaces this with sessions and API tokens; until then every write is refused.
/** Recognises nobody, so every staff route answers 401: the safe default until sign-in exists. */
export const authenticateNobody: Authenticate = () => Promise.resolve(null);
