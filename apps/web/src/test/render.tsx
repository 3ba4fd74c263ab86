import type { Locale } from '@attune/domain';
import type { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { createCache } from '../app/apollo';
import { I18nProvider } from '../app/i18n/I18nProvider';
import { MeDocument, type MeFieldsFragment, type MeQuery } from '../generated/graphql';
import { useMe } from '../modules/account/hooks/useMe';

export const lead: MeFieldsFragment = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'lead@attune.demo',
  displayName: 'Marieke Jansen',
  locale: 'en',
  timeZone: 'Europe/Amsterdam',
  isOrgAdmin: false,
  organisationId: '00000000-0000-4000-8000-0000000000aa',
};

/** Shows where the router ended up, for assertions about navigation. */
export function WhereAmI() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname}</p>;
}

function I18nFromCache({ locale, children }: { locale?: Locale; children: ReactNode }) {
  const { me } = useMe();
  return (
    <I18nProvider profileLocale={me?.locale ?? null} initialLocale={locale}>
      {children}
    </I18nProvider>
  );
}

export interface RenderAppOptions {
  /** Route objects under test (default: `element` at `path`). */
  routes?: RouteObject[];
  element?: ReactNode;
  path?: string;
  /** Initial URL. */
  url?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The signed-in person (null: signed out); written into the cache before rendering. */
  me?: MeFieldsFragment | null;
  /** A language chosen on this device (else the browser's, English in tests). */
  locale?: Locale;
}

/**
 * Renders with the real cache configuration, mocked GraphQL answers, the i18n provider and a
 * memory router. Unknown paths render <WhereAmI/>.
 */
export function renderApp(options: RenderAppOptions): RenderResult & { cache: InMemoryCache; router: ReturnType<typeof createMemoryRouter> } {
  const cache = createCache();
  if (options.me !== undefined) {
    cache.writeQuery({ query: MeDocument, data: { me: options.me ? { __typename: 'Me', ...options.me } : null } as MeQuery });
  }
  const routes: RouteObject[] = options.routes ?? [{ path: options.path ?? '/', element: options.element }];
  const router = createMemoryRouter([...routes, { path: '*', element: <WhereAmI /> }], {
    initialEntries: [options.url ?? options.path ?? '/'],
  });
  const result = render(
    <MockedProvider mocks={options.mocks ?? []} cache={cache}>
      <I18nFromCache locale={options.locale}>
        <RouterProvider router={router} />
      </I18nFromCache>
    </MockedProvider>,
  );
  return { ...result, cache, router };
}
