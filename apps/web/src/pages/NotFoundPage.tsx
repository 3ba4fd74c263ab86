import { LinkButton } from '@attune/ui/Link';
import { PageHeader } from '@attune/ui/PageHeader';
import { useT } from '../app/i18n/I18nProvider';
import { usePageTitle } from '../app/usePageTitle';

/** Any unknown path. */
export default function NotFoundPage() {
  const t = useT();
  usePageTitle(t.notFound.title);
  return (
    <div className="at-stack">
      <PageHeader title={t.notFound.title} description={t.notFound.body} />
      <p>
        <LinkButton href="/" variant="primary">
          {t.notFound.home}
        </LinkButton>
      </p>
    </div>
  );
}
