import { PageHeader } from '@attune/ui/PageHeader';
import { useState } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { CheckInFeedbackView } from '../modules/check-in/components/CheckInFeedbackView';
import { CheckInForm, type CheckInAnswers } from '../modules/check-in/components/CheckInForm';
import { useTodaysCheckIn } from '../modules/check-in/hooks/useTodaysCheckIn';
import type { CheckInFeedback } from '../modules/check-in/hooks/useSubmitCheckIn';
import '../modules/check-in/check-in.css';
import { useCheckInTexts } from '../modules/check-in/texts';

/** /check-in — the one-minute self-care check-in, then feedback for the member only. */
export default function CheckInPage() {
  const tCheckIn = useCheckInTexts();
  const { me } = useMe();
  // Only to say whether this check-in replaces one of today; the form never waits for it.
  const { today } = useTodaysCheckIn(me?.timeZone);
  const [result, setResult] = useState<{ feedback: CheckInFeedback; answers: CheckInAnswers } | null>(null);
  const [editing, setEditing] = useState<CheckInAnswers | null>(null);
  usePageTitle(tCheckIn.title);

  const header = <PageHeader title={tCheckIn.title} description={tCheckIn.intro} />;

  if (result && !editing) {
    return (
      <div className="at-stack">
        {header}
        <CheckInFeedbackView feedback={result.feedback} onChangeAnswers={() => setEditing(result.answers)} />
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
