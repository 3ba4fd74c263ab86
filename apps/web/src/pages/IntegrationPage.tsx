import { Card } from '@attune/ui/Card';
import { ChoiceGroup } from '@attune/ui/ChoiceGroup';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useState } from 'react';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { CheckInCharts } from '../modules/integration/components/CheckInCharts';
import { GoalsPanel } from '../modules/integration/components/GoalsPanel';
import { ReflectionCharts } from '../modules/integration/components/ReflectionCharts';
import { MyDataPanel } from '../modules/integration/components/MyDataPanel';
import { Timeline } from '../modules/integration/components/Timeline';
import { useMyIntegration } from '../modules/integration/hooks/useMyIntegration';
import { INTEGRATION_PERIODS, type IntegrationPeriod } from '../modules/integration/hooks/periods';
import '../modules/integration/integration.css';
import { useIntegrationTexts } from '../modules/integration/texts';

/** /integration — my own picture over time: charts, timeline, small steps, my data. */
export default function IntegrationPage() {
  const t = useT();
  const tIntegration = useIntegrationTexts();
  const i = tIntegration;
  const [period, setPeriod] = useState<IntegrationPeriod>('P3M');
  const { integration, loading, error, refetch } = useMyIntegration(period);
  usePageTitle(i.title);

  return (
    <div className="at-stack">
      <PageHeader title={i.title} description={i.intro} />
      <ChoiceGroup<IntegrationPeriod>
        label={i.period}
        name="period"
        value={period}
        onChange={setPeriod}
        options={INTEGRATION_PERIODS.map((p) => ({ id: p, label: i.periods[p] }))}
      />
      <p role="status" className="at-muted app-period-status">
        {loading && integration ? i.loading : ''}
      </p>
      {error && integration ? (
        <ErrorState title={i.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />
      ) : null}
      {!integration ? (
        loading ? (
          <LoadingState label={i.loading} />
        ) : (
          <ErrorState title={i.loadFailed} message={error ? errorText(t, error) : undefined} retryLabel={t.common.retry} onRetry={refetch} />
        )
      ) : (
        <>
          <Card title={i.chartsHeading}>
            <CheckInCharts integration={integration} />
          </Card>
          <Card title={i.reflections.heading}>
            <ReflectionCharts series={integration} />
          </Card>
          <Card title={i.timeline.heading}>
            <Timeline entries={integration.timeline} />
          </Card>
        </>
      )}
      <Card title={i.goals.heading}>
        <GoalsPanel />
      </Card>
      <Card title={i.myData.heading}>
        <MyDataPanel />
      </Card>
    </div>
  );
}
