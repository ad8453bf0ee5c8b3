import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../lib/api-error';
import { session } from '../lib/api-client';
import { I18nProvider, type Language } from '../lib/i18n';
// Registers the shell's texts (login, menu, common words) with lib/i18n before the first render; the
// features' texts come with the first page that needs them (lazy-page.tsx).
import './shell-messages';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A refused request (4xx) fails the same way again; only an unreachable or failing server is retried.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
}

export function Providers({
  children,
  client,
  language,
}: {
  children: ReactNode;
  client?: QueryClient;
  language?: Language;
}) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(() => {
    // One user's data never shows to the next: the cache empties whenever a session starts or ends.
    const unsubscribe = session.subscribe(() => queryClient.removeQueries());
    window.addEventListener('storage', session.onStorage);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', session.onStorage);
    };
  }, [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider language={language}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
