import { Button } from '@attune/ui/Button';
import { ConfirmDialog } from '@attune/ui/Dialog';
import { Notice } from '@attune/ui/Notice';
import { useRef, useState } from 'react';
import { useSessionsT } from '../texts';
import type { AppError } from '../../../app/result';
import { useBookSession } from '../hooks/useBookSession';
import { useCancelBooking } from '../hooks/useCancelBooking';
import type { SessionSummary } from '../hooks/useSessions';
import { bookingState, sessionErrorText } from '../sessionState';
import { AddToCalendarLink } from './AddToCalendarLink';
import './sessions.css';

type Feedback = { tone: 'success' | 'info'; text: string } | { tone: 'error'; error: AppError };

/**
 * Book / join the waitlist / cancel / add to calendar for one session, with the reader's waitlist
 * place and a calm message after each action. A full session books onto the waitlist (not an error).
 * `onCancelled` takes over the message after a cancel (e.g. a list where the booking then leaves).
 */
export function BookingActions({ session, onCancelled }: { session: SessionSummary; onCancelled?: (message: string) => void }) {
  const t = useSessionsT();
  const { book, loading: booking } = useBookSession();
  const { cancel, loading: cancelling } = useCancelBooking();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [confirming, setConfirming] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const state = bookingState(session, new Date());
  const mine = session.myBooking;
  const waitlisted = mine?.status === 'WAITLISTED';
  const icsUrl = mine?.status === 'CONFIRMED' && !session.cancelledAt ? mine.icsUrl : null;

  const show = (next: Feedback): void => {
    setFeedback(next);
    // The pressed button may be gone now (Book → Cancel booking): keep focus near, on the message.
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  const onBook = async (): Promise<void> => {
    setFeedback(null);
    const result = await book(session.id);
    if (!result.ok) return show({ tone: 'error', error: result.error });
    const b = result.value;
    if (b.status === 'WAITLISTED' && b.waitlistPosition) show({ tone: 'info', text: t.sessions.feedback.waitlisted(b.waitlistPosition) });
    else show({ tone: 'success', text: t.sessions.feedback.booked });
  };

  const onCancel = async (): Promise<void> => {
    if (!mine) return;
    const result = await cancel(mine.id);
    setConfirming(false);
    if (!result.ok) return show({ tone: 'error', error: result.error });
    const text = waitlisted ? t.sessions.feedback.waitlistLeft : t.sessions.feedback.bookingCancelled;
    if (onCancelled) onCancelled(text);
    else show({ tone: 'success', text });
  };

  return (
    <div className="sessions-booking">
      {waitlisted && mine.waitlistPosition ? <p className="sessions-booking__position">{t.sessions.waitlistPosition(mine.waitlistPosition)}</p> : null}
      <div ref={feedbackRef} tabIndex={-1} className="sessions-booking__feedback">
        {feedback ? (
          feedback.tone === 'error' ? (
            <Notice tone="error">
              <p>{sessionErrorText(t, feedback.error)}</p>
            </Notice>
          ) : (
            <Notice tone={feedback.tone} live>
              <p>{feedback.text}</p>
            </Notice>
          )
        ) : null}
      </div>
      {state.canBook || state.canCancel || icsUrl ? (
        <div className="sessions-booking__actions">
          {state.canBook ? (
            <Button onPress={() => void onBook()} isPending={booking}>
              {session.seatsLeft > 0 ? t.sessions.actions.book : t.sessions.actions.joinWaitlist}
            </Button>
          ) : null}
          {state.canCancel ? (
            <Button variant="secondary" onPress={() => setConfirming(true)}>
              {waitlisted ? t.sessions.actions.leaveWaitlist : t.sessions.actions.cancelBooking}
            </Button>
          ) : null}
          <AddToCalendarLink url={icsUrl} />
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={waitlisted ? t.sessions.actions.leaveWaitlistTitle : t.sessions.actions.cancelBookingTitle}
        confirmLabel={waitlisted ? t.sessions.actions.leaveWaitlist : t.sessions.actions.cancelBooking}
        cancelLabel={waitlisted ? t.sessions.actions.keepWaitlist : t.sessions.actions.keepBooking}
        tone="danger"
        isPending={cancelling}
        onConfirm={onCancel}
      >
        <p>{waitlisted ? t.sessions.actions.leaveWaitlistBody : t.sessions.actions.cancelBookingBody}</p>
      </ConfirmDialog>
    </div>
  );
}
