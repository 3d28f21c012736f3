import { createBrowserRouter } from 'react-router';
import { LaterScreen } from '../layout/later-screen.js';
import { NotFoundPage } from '../layout/not-found-page.js';

// Screens of issue 6 that a later slice builds; the navigation already leads to them.
const laterScreens = [
  ['events', 'navEvents'],
  ['places', 'navPlaces'],
  ['media', 'navMedia'],
  ['users', 'navUsers'],
  ['tokens', 'navTokens'],
  ['audit', 'navAudit'],
  ['alerts', 'navAlerts'],
  ['redirects', 'navRedirects'],
] as const;

// Each screen is its own chunk, loaded on first visit: the sign-in page never pays for the editor and Tiptap.
export const router = createBrowserRouter([
  { path: '/sign-in', lazy: async () => ({ Component: (await import('../sign-in/sign-in-page.js')).SignInPage }) },
  {
    path: '/',
    // Lazy too: the signed-in frame reads the session through core's client, which the sign-in page loads only on use.
    lazy: async () => ({ Component: (await import('../layout/require-session.js')).RequireSession }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../dashboard/dashboard-page.js')).DashboardPage }) },
      { path: 'articles', lazy: async () => ({ Component: (await import('../article/article-list-page.js')).ArticleListPage }) },
      { path: 'articles/new', lazy: async () => ({ Component: (await import('../article/article-editor-page.js')).ArticleEditorPage }) },
      { path: 'articles/:id', lazy: async () => ({ Component: (await import('../article/article-editor-page.js')).ArticleEditorPage }) },
      ...laterScreens.map(([path, title]) => ({ path, element: <LaterScreen title={title} /> })),
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
