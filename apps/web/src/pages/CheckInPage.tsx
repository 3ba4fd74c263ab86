import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useState } from 'react';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { CheckInFeedbackView } from '../modules/check-in/components/CheckInFeedbackView';
import { CheckInForm, type CheckInAnswers } from '../modules/check-in/components/CheckInForm';
import { useTodaysCheckIn } from '../modules/check-in/hooks/useTodaysCheckIn';
import type { CheckInFeedback } from '../modules/check-in/hooks/useSubmitCheckIn';
import '../modules/check-in/check-in.css';

/** /check-in — the one-minute self-care check-in, then feedback for the member only. */
export default function CheckInPage() {
  const t = useT();
  const { me } = useMe();
  const { today, loading, error, refetch } = useTodaysCheckIn(me?.timeZone);
  const [result, setResult] = useState<{ feedback: CheckInFeedback; answers: CheckInAnswers } | null>(null);
  const [editing, setEditing] = useState<CheckInAnswers | null>(null);
  usePageTitle(t.checkIn.title);

  const header = <PageHeader title={t.checkIn.title} description={t.checkIn.intro} />;

  if (result && !editing) {
    return (
      <div className="at-stack">
        {header}
        <CheckInFeedbackView feedback={result.feedback} onChangeAnswers={() => setEditing(result.answers)} />
      </div>
    );
  }
  if (loading && !today && !editing) {
    return (
      <>
        {header}
        <LoadingState label={t.common.loadingPage} />
      </>
    );
  }
  if (error && !editing) {
    return (
      <div className="at-stack">
        {header}
        <ErrorState title={t.errors.pageFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />
      </div>
    );
  }
  return (
    <div className="at-stack">
      {header}
      <CheckInForm
        key={editing ? 'editing' : 'new'}
        initial={editing ?? undefined}
        replacesToday={today !== null || result !== null}
        onDone={(feedback, answers) => {
          setEditing(null);
          setResult({ feedback, answers });
        }}
      />
    </div>
  );
}
