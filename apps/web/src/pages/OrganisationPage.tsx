import { Card } from '@attune/ui/Card';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { AuditLogTable } from '../modules/organisation/components/AuditLogTable';
import { SupportResourcesEditor } from '../modules/organisation/components/SupportResourcesEditor';
import { ThresholdForm } from '../modules/organisation/components/ThresholdForm';
import { useOrganisationSettings } from '../modules/organisation/hooks/useOrganisationSettings';
import '../modules/organisation/organisation.css';
import { useOrganisationTexts } from '../modules/organisation/texts';

/** /organisation — anonymity threshold, support resources and the audit log (org admins). */
export default function OrganisationPage() {
  const t = useT();
  const tOrganisation = useOrganisationTexts();
  const o = tOrganisation;
  const { me } = useMe();
  const isAdmin = me?.isOrgAdmin ?? false;
  const { settings, loading, error, refetch } = useOrganisationSettings({ skip: !isAdmin });
  usePageTitle(o.title);

  if (!isAdmin) {
    return (
      <div className="at-stack">
        <PageHeader title={o.title} />
        <EmptyState title={o.onlyAdmins}>
          <p>{o.onlyAdminsBody}</p>
        </EmptyState>
      </div>
    );
  }
  if (!settings) {
    return (
      <div className="at-stack">
        <PageHeader title={o.title} />
        {loading ? (
          <LoadingState label={o.loading} />
        ) : (
          <ErrorState title={o.loadFailed} message={error ? errorText(t, error) : undefined} retryLabel={t.common.retry} onRetry={refetch} />
        )}
      </div>
    );
  }
  return (
    <div className="at-stack">
      <PageHeader title={o.title} description={o.intro(settings.name)} />
      <Card title={o.threshold.heading}>
        <ThresholdForm current={settings.anonymityThreshold} />
      </Card>
      <Card title={o.resources.heading}>
        <SupportResourcesEditor resources={settings.supportResources} />
      </Card>
      <Card title={o.audit.heading}>
        <p>{o.audit.intro}</p>
        <AuditLogTable />
      </Card>
    </div>
  );
}
