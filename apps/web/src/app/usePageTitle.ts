import { useEffect } from 'react';
import { useT } from './i18n/I18nProvider';

/** Sets the document title ("Profile · Attune"), which screen readers announce on navigation. */
export function usePageTitle(title: string | null | undefined): void {
  const t = useT();
  useEffect(() => {
    if (title) document.title = t.meta.pageTitle(title);
  }, [title, t]);
}
