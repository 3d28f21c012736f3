import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { LocaleProvider } from '../locale/locale-context.js';
import { queryClient } from './query-client.js';
import { router } from './router.js';

/** The editorial app: the interface language, the API cache and the routes. */
export function AdminApp() {
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LocaleProvider>
  );
}
