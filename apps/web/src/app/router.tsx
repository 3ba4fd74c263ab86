import { createBrowserRouter, type RouteObject } from 'react-router';
import { BootFallback, RouteError } from './layout/RouteStates';
import { RequireAuth } from './layout/RequireAuth';
import { RootLayout } from './layout/RootLayout';
import { lazyPage, publicPages, signedInPages, toRouteObjects } from './routes';

/** The route tree: one layout, public pages, signed-in pages behind RequireAuth, then 404. */
export const routeTree: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    HydrateFallback: BootFallback,
    ErrorBoundary: RouteError,
    children: [
      ...toRouteObjects(publicPages),
      { Component: RequireAuth, children: toRouteObjects(signedInPages) },
      { path: '*', lazy: lazyPage(() => import('../pages/NotFoundPage')) },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routeTree);
}
