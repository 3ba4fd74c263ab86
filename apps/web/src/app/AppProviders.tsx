import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useMe } from '../modules/account/hooks/useMe';
import { I18nProvider } from './i18n/I18nProvider';

function I18nFromProfile({ children }: { children: ReactNode }) {
  const { me } = useMe();
  return <I18nProvider profileLocale={me?.locale ?? null}>{children}</I18nProvider>;
}

/** Apollo, then the language (which follows the signed-in person's profile). */
export function AppProviders({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <ApolloProvider client={client}>
      <I18nFromProfile>{children}</I18nFromProfile>
    </ApolloProvider>
  );
}
