import { Card } from '@attune/ui/Card';
import { Link, LinkButton } from '@attune/ui/Link';
import { useT } from '../../../app/i18n/I18nProvider';
import { useTimeFormat } from '../../../app/time';
import { useNextBooking } from '../hooks/useMyBookings';

/** Home: my next confirmed session, or a way to find one. */
export function NextSessionCard() {
  const t = useT();
  const h = t.sessions.home;
  const time = useTimeFormat();
  const { booking, loading, error } = useNextBooking();
  let body;
  if (loading && booking === undefined) body = <p className="at-muted" role="status">{h.loading}</p>;
  else if (error && booking === undefined) body = <p className="at-muted">{h.loadFailed}</p>;
  else if (!booking) body = <p>{h.none}</p>;
  else
    body = (
      <p>
        <Link href={`/sessions/${booking.session.id}`}>{booking.session.title}</Link>
        <br />
        {t.sessions.kinds[booking.session.kind]} · <time dateTime={booking.session.startsAt}>{time.range(booking.session.startsAt, booking.session.endsAt)}</time>
      </p>
    );
  return (
    <Card
      title={h.title}
      footer={
        <>
          <LinkButton href="/sessions" size="sm">
            {h.findSession}
          </LinkButton>
          <LinkButton href="/bookings" size="sm" variant="quiet">
            {h.allBookings}
          </LinkButton>
        </>
      }
    >
      {body}
    </Card>
  );
}
