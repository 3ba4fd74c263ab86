import { Badge } from '@attune/ui/Badge';
import { Button } from '@attune/ui/Button';
import { Notice } from '@attune/ui/Notice';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { errorText } from '../../../app/result';
import { useTimeFormat } from '../../../app/time';
import { useArchiveGoal, useLogGoalStep, useSetGoal } from '../hooks/useGoalActions';
import type { Goal } from '../hooks/useMyGoals';
import { useIntegrationTexts } from '../texts';

type Message = { tone: 'success' | 'error'; text: string };

/**
 * One goal: progress, "log a step" with the celebration the API answers, "one more" once the
 * goal is reached, and archive. Progress is counted in steps, never in days in a row.
 */
export function GoalItem({ goal, onArchived }: { goal: Goal; onArchived: (title: string) => void }) {
  const { t, locale } = useI18n();
  const tIntegration = useIntegrationTexts();
  const time = useTimeFormat();
  const g = tIntegration.goals;
  const { logStep, loading: stepping } = useLogGoalStep();
  const { setGoal, loading: raising } = useSetGoal();
  const { archive, loading: archiving } = useArchiveGoal();
  const [message, setMessage] = useState<Message | null>(null);
  const { progress } = goal;

  const onStep = async (): Promise<void> => {
    setMessage(null);
    const r = await logStep(goal.id);
    setMessage(r.ok ? { tone: 'success', text: r.value.message[locale] } : { tone: 'error', text: `${g.failed}: ${errorText(t, r.error)}` });
  };
  const onRaise = async (next: number): Promise<void> => {
    setMessage(null);
    const r = await setGoal({ id: goal.id, title: goal.title, targetSteps: next });
    setMessage(r.ok ? { tone: 'success', text: g.raised(next) } : { tone: 'error', text: `${g.failed}: ${errorText(t, r.error)}` });
  };
  const onArchive = async (): Promise<void> => {
    setMessage(null);
    const r = await archive(goal.id);
    if (r.ok) onArchived(goal.title);
    else setMessage({ tone: 'error', text: `${g.failed}: ${errorText(t, r.error)}` });
  };

  return (
    <li className="app-goal">
      <div className="app-goal__header">
        <h3 className="app-goal__title">{goal.title}</h3>
        {progress.reached ? <Badge tone="success">{g.reached}</Badge> : null}
      </div>
      <progress
        className="app-goal__bar"
        max={progress.targetSteps}
        value={Math.min(progress.stepsTaken, progress.targetSteps)}
        aria-label={g.progressLabel(goal.title)}
        aria-valuetext={g.progress(progress.stepsTaken, progress.targetSteps)}
      />
      <p className="app-goal__count">
        {g.progress(progress.stepsTaken, progress.targetSteps)}
        {goal.lastStepAt ? <span className="at-muted"> · {g.lastStep(time.date(goal.lastStepAt))}</span> : null}
      </p>
      {message ? (
        <Notice tone={message.tone} live>
          <p>{message.text}</p>
        </Notice>
      ) : null}
      <div className="at-form__actions">
        <Button onPress={() => void onStep()} isPending={stepping} aria-label={g.logStepFor(goal.title)}>
          {g.logStep}
        </Button>
        {progress.reached && progress.nextTarget !== null ? (
          <Button
            variant="secondary"
            onPress={() => void onRaise(progress.nextTarget ?? progress.targetSteps + 1)}
            isPending={raising}
            aria-label={g.raiseFor(goal.title, progress.nextTarget)}
          >
            {g.raise(progress.nextTarget)}
          </Button>
        ) : null}
        <Button variant="quiet" onPress={() => void onArchive()} isPending={archiving} aria-label={g.archiveFor(goal.title)}>
          {g.archive}
        </Button>
      </div>
    </li>
  );
}
