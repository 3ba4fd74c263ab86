import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { Tabs } from '@attune/ui/Tabs';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSessionsT } from '../modules/sessions/texts';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { BookingList } from '../modules/sessions/components/BookingList';
import { useMyBookings } from '../modules/sessions/hooks/useMyBookings';

function Bookings({ past }: { past: boolean }) {
  const t = useSessionsT();
  const b = t.sessions.bookings;
  const { bookings: all, loading, error, refetch } = useMyBookings(!past);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A cancelled booking leaves the list at once (its status changes in the cache).
  const bookings = all?.filter((x) => x.status !== 'CANCELLED');
  const onCancelled = (message: string): void => {
    setNotice(message);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const said = (
    <div ref={noticeRef} tabIndex={-1} className="sessions-booking__feedback">
      {notice ? (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      ) : null}
    </div>
  );
  if (loading && !bookings) return <LoadingState label={b.loading} />;
  if (error && !bookings) return <ErrorState title={b.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />;
  if (!bookings || bookings.length === 0) {
    return (
      <div className="at-stack">
        {said}
        {past ? (
          <EmptyState title={b.emptyPast} />
        ) : (
          <EmptyState
            title={b.emptyUpcoming}
            action={
              <LinkButton variant="primary" href="/sessions">
                {b.findSession}
              </LinkButton>
            }
          >
            <p>{b.emptyUpcomingBody}</p>
          </EmptyState>
        )}
      </div>
    );
  }
  return (
    <div className="at-stack">
      {said}
      <BookingList bookings={bookings} past={past} onCancelled={onCancelled} />
    </div>
  );
}

/** /bookings — my upcoming bookings (cancel, add to calendar) and past ones. `?tab=past`. */
export default function MyBookingsPage() {
  const t = useSessionsT();
  const b = t.sessions.bookings;
  const [params, setParams] = useSearchParams();
  usePageTitle(b.title);
  const tab = params.get('tab') === 'past' ? 'past' : 'upcoming';
  return (
    <div className="at-stack">
      <PageHeader title={b.title} description={b.intro} />
      <Tabs
        label={b.tabs}
        selectedId={tab}
        onSelectionChange={(id) => setParams(id === 'past' ? { tab: 'past' } : {}, { replace: true })}
        items={[
          { id: 'upcoming', label: b.upcoming, content: <Bookings past={false} /> },
          { id: 'past', label: b.past, content: <Bookings past /> },
        ]}
      />
    </div>
  );
}
