import { CANCEL_REASON_MAX_LENGTH, DomainError, validateCancelReason } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { ModalDialog } from '@attune/ui/Dialog';
import { Form } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import { useSessionsT } from '../texts';
import type { SessionsText } from '../texts';
import type { AppError } from '../../../app/result';
import { useCancelSession } from '../hooks/useCancelSession';
import type { SessionSummary } from '../hooks/useSessions';
import { sessionErrorText } from '../sessionState';

/** The domain's rule for a cancel reason, in the reader's words; null when fine. */
export function cancelReasonProblem(t: SessionsText, value: string): string | null {
  try {
    validateCancelReason(value);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    if (value.trim() === '') return t.sessions.form.errors.reason;
    if (value.trim().length > CANCEL_REASON_MAX_LENGTH) return t.sessions.form.errors.reasonTooLong(CANCEL_REASON_MAX_LENGTH);
    return t.sessions.form.errors.invalidCharacters;
  }
}

export interface CancelSessionDialogProps {
  session: SessionSummary;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onCancelled: () => void;
}

/** Asks for a reason before cancelling a session; everyone booked is told (by the server). */
export function CancelSessionDialog({ session, isOpen, onOpenChange, onCancelled }: CancelSessionDialogProps) {
  const t = useSessionsT();
  const c = t.sessions.cancelSession;
  const { cancelSession, loading } = useCancelSession();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    const result = await cancelSession(session.id, reason.trim());
    if (!result.ok) return setError(result.error);
    onOpenChange(false);
    onCancelled();
  };

  const serverField: Record<string, string> =
    error?.code === 'BAD_USER_INPUT' && error.field === 'reason' ? { reason: cancelReasonProblem(t, reason) ?? t.errors.badInput } : {};

  return (
    <ModalDialog title={c.title} isOpen={isOpen} onOpenChange={onOpenChange} role="alertdialog">
      {(close) => (
        <Form onSubmit={(e) => void onSubmit(e)} validationErrors={serverField} aria-label={c.title}>
          <p>{c.body(session.confirmedCount, session.waitlistCount)}</p>
          {error && !('reason' in serverField) ? (
            <Notice tone="error">
              <p>{sessionErrorText(t, error)}</p>
            </Notice>
          ) : null}
          <TextField
            label={c.reason}
            description={c.reasonDescription}
            name="reason"
            multiline
            rows={3}
            value={reason}
            onChange={setReason}
            isRequired
            requiredMessage={t.sessions.form.errors.reason}
            validate={(v) => cancelReasonProblem(t, v)}
            autoFocus
          />
          <div className="at-dialog__actions">
            <Button variant="secondary" onPress={close}>
              {c.keep}
            </Button>
            <Button type="submit" variant="danger" isPending={loading}>
              {c.confirm}
            </Button>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
