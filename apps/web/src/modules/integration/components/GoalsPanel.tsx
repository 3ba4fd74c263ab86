import { Notice } from '@attune/ui/Notice';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { useState } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText } from '../../../app/result';
import { useMyGoals } from '../hooks/useMyGoals';
import { GoalItem } from './GoalItem';
import { NewGoalForm } from './NewGoalForm';
import { useIntegrationTexts } from '../texts';

/** Small steps: my active goals and a form for a new one. */
export function GoalsPanel() {
  const t = useT();
  const tIntegration = useIntegrationTexts();
  const g = tIntegration.goals;
  const { goals, loading, error, refetch } = useMyGoals();
  const [archived, setArchived] = useState<string | null>(null);

  return (
    <div className="at-stack">
      <p>{g.intro}</p>
      {archived ? <Notice tone="success" live title={g.archived(archived)} /> : null}
      {goals === undefined ? (
        loading ? (
          <LoadingState label={g.loading} />
        ) : (
          <ErrorState title={g.loadFailed} message={error ? errorText(t, error) : undefined} retryLabel={t.common.retry} onRetry={refetch} />
        )
      ) : goals.length === 0 ? (
        <EmptyState title={g.empty} />
      ) : (
        <ul className="app-goals" aria-label={g.list}>
          {goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} onArchived={setArchived} />
          ))}
        </ul>
      )}
      <h3>{g.newGoal}</h3>
      <NewGoalForm />
    </div>
  );
}
