import { LinkButton } from '@attune/ui/Link';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { Tabs } from '@attune/ui/Tabs';
import { useSearchParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { BookingList } from '../modules/sessions/components/BookingList';
import { useMyBookings } from '../modules/sessions/hooks/useMyBookings';

function Bookings({ past }: { past: boolean }) {
  const t = useT();
  const b = t.sessions.bookings;
  const { bookings, loading, error, refetch } = useMyBookings(!past);
  if (loading && !bookings) return <LoadingState label={b.loading} />;
  if (error && !bookings) return <ErrorState title={b.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />;
  if (!bookings || bookings.length === 0) {
    return past ? (
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
    );
  }
  return <BookingList bookings={bookings} past={past} />;
}

/** /bookings — my upcoming bookings (cancel, add to calendar) and past ones. `?tab=past`. */
export default function MyBookingsPage() {
  const t = useT();
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
