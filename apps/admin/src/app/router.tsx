import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../layout/not-found-page.js';

// Each screen is its own chunk, loaded on first visit: the sign-in page never pays for the editor and Tiptap.
export const router = createBrowserRouter([
  { path: '/sign-in', lazy: async () => ({ Component: (await import('../sign-in/sign-in-page.js')).SignInPage }) },
  {
    path: '/',
    // Lazy too: the signed-in frame reads the session through core's client, which the sign-in page loads only on use.
    // The screens' words load with it, so the sign-in page's script carries only its own.
    lazy: async () => {
      const [{ RequireSession }] = await Promise.all([import('../layout/require-session.js'), import('../locale/area-messages.js')]);
      return { Component: RequireSession };
    },
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../dashboard/dashboard-page.js')).DashboardPage }) },
      { path: 'articles', lazy: async () => ({ Component: (await import('../article/article-list-page.js')).ArticleListPage }) },
      { path: 'articles/new', lazy: async () => ({ Component: (await import('../article/article-editor-page.js')).ArticleEditorPage }) },
      { path: 'articles/:id', lazy: async () => ({ Component: (await import('../article/article-editor-page.js')).ArticleEditorPage }) },
      { path: 'events', lazy: async () => ({ Component: (await import('../event/event-list-page.js')).EventListPage }) },
      { path: 'events/new', lazy: async () => ({ Component: (await import('../event/event-editor-page.js')).EventEditorPage }) },
      { path: 'events/:id', lazy: async () => ({ Component: (await import('../event/event-editor-page.js')).EventEditorPage }) },
      { path: 'places', lazy: async () => ({ Component: (await import('../place/place-list-page.js')).PlaceListPage }) },
      { path: 'places/new', lazy: async () => ({ Component: (await import('../place/place-editor-page.js')).PlaceEditorPage }) },
      { path: 'places/:id', lazy: async () => ({ Component: (await import('../place/place-editor-page.js')).PlaceEditorPage }) },
      { path: 'media', lazy: async () => ({ Component: (await import('../media/media-library-page.js')).MediaLibraryPage }) },
      { path: 'sections', lazy: async () => ({ Component: (await import('../section/section-list-page.js')).SectionListPage }) },
      { path: 'account', lazy: async () => ({ Component: (await import('../account/account-page.js')).AccountPage }) },
      { path: 'users', lazy: async () => ({ Component: (await import('../user/user-list-page.js')).UserListPage }) },
      { path: 'tokens', lazy: async () => ({ Component: (await import('../token/token-list-page.js')).TokenListPage }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('../audit/audit-log-page.js')).AuditLogPage }) },
      { path: 'alerts', lazy: async () => ({ Component: (await import('../alert/alert-list-page.js')).AlertListPage }) },
      { path: 'redirects', lazy: async () => ({ Component: (await import('../redirect/redirect-list-page.js')).RedirectListPage }) },
      { path: 'calendar', lazy: async () => ({ Component: (await import('../calendar/editorial-calendar-page.js')).EditorialCalendarPage }) },
      { path: 'articles/:id/translate', lazy: async () => ({ Component: (await import('../translation/translation-page.js')).TranslationPage }) },
      { path: 'articles/:id/history', lazy: async () => ({ Component: (await import('../history/history-page.js')).HistoryPage }) },
      { path: 'events/:id/translate', lazy: async () => ({ Component: (await import('../translation/translation-page.js')).TranslationPage }) },
      { path: 'events/:id/history', lazy: async () => ({ Component: (await import('../history/history-page.js')).HistoryPage }) },
      { path: 'places/:id/translate', lazy: async () => ({ Component: (await import('../translation/translation-page.js')).TranslationPage }) },
      { path: 'places/:id/history', lazy: async () => ({ Component: (await import('../history/history-page.js')).HistoryPage }) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
