import type { AppPage } from '../../app/routes';

/**
 * The reflection pages (one lazy chunk each). Sessions link here with
 * `/reflections/new?sessionId=…` ("Reflect") and `/sessions/:sessionId/reflections`.
 */
export const reflectionPages: AppPage[] = [
  {
    path: 'reflections',
    load: () => import('../../pages/ReflectionsPage'),
    nav: { label: (t) => t.shell.reflections, to: '/reflections' },
  },
  { path: 'reflections/new', load: () => import('../../pages/NewReflectionPage') },
  { path: 'reflections/:reflectionId', load: () => import('../../pages/ReflectionPage') },
  { path: 'reflections/:reflectionId/edit', load: () => import('../../pages/EditReflectionPage') },
  { path: 'sessions/:sessionId/reflections', load: () => import('../../pages/SessionReflectionsPage') },
];
