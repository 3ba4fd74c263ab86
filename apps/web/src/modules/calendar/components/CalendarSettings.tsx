import { Button } from '@attune/ui/Button';
import { Card } from '@attune/ui/Card';
import { CopyField } from '@attune/ui/CopyField';
import { ConfirmDialog } from '@attune/ui/Dialog';
import { Notice } from '@attune/ui/Notice';
import { LoadingState } from '@attune/ui/PageState';
import { Select } from '@attune/ui/Select';
import { useState } from 'react';
import { useCalendarT } from '../texts';
import { errorText, type AppError } from '../../../app/result';
import { useCalendarFeedUrl } from '../hooks/useCalendarFeedUrl';
import { useReminderPreference } from '../hooks/useReminderPreference';
import { useRotateCalendarFeed } from '../hooks/useRotateCalendarFeed';
import { useSetReminderPreference } from '../hooks/useSetReminderPreference';
import './calendar.css';

const REMINDER_CHOICES = [30, 60, 180, 1440, 2880, 10080];
const OFF = 'off';

/** The secret feed address with copy and "make a new address", and how to subscribe. */
export function CalendarFeed() {
  const t = useCalendarT();
  const c = t.calendar.feed;
  const { url, loading, error, refetch } = useCalendarFeedUrl();
  const { rotate, loading: rotating } = useRotateCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState(false);
  const [rotateError, setRotateError] = useState<AppError | null>(null);

  const onRotate = async (): Promise<void> => {
    setRotateError(null);
    const result = await rotate();
    setConfirming(false);
    if (result.ok) setRotated(true);
    else setRotateError(result.error);
  };

  let body;
  if (loading && !url) body = <LoadingState label={c.loading} />;
  else if (error && !url)
    body = (
      <Notice tone="error">
        <p>{c.loadFailed}</p>
        <Button variant="secondary" size="sm" onPress={refetch}>
          {t.common.retry}
        </Button>
      </Notice>
    );
  else if (url)
    body = (
      <>
        <CopyField label={c.url} value={url} copyLabel={c.copy} copiedLabel={c.copied} copyFailedLabel={c.copyFailed} />
        <p className="at-muted">{c.private}</p>
        {rotated ? (
          <Notice tone="success" live>
            <p>{c.rotated}</p>
          </Notice>
        ) : null}
        {rotateError ? (
          <Notice tone="error">
            <p>{errorText(t, rotateError)}</p>
          </Notice>
        ) : null}
        <details className="calendar-help">
          <summary>{c.howTo}</summary>
          <ul>
            <li>{c.outlook}</li>
            <li>{c.google}</li>
            <li>{c.apple}</li>
          </ul>
          <p className="at-muted">{c.refresh}</p>
        </details>
        <div>
          <Button variant="secondary" onPress={() => setConfirming(true)}>
            {c.rotate}
          </Button>
        </div>
        <ConfirmDialog
          isOpen={confirming}
          onOpenChange={setConfirming}
          title={c.rotateTitle}
          confirmLabel={c.rotateConfirm}
          cancelLabel={c.rotateKeep}
          tone="danger"
          isPending={rotating}
          onConfirm={onRotate}
        >
          <p>{c.rotateBody}</p>
        </ConfirmDialog>
      </>
    );
  return (
    <div className="at-stack">
      <p>{c.intro}</p>
      {body}
    </div>
  );
}

/** How long before a booked session the reminder e-mail comes (or none); saved on change. */
export function ReminderPreference() {
  const t = useCalendarT();
  const r = t.calendar.reminders;
  const { minutesBefore, loading, error, refetch } = useReminderPreference();
  const { save } = useSetReminderPreference();
  const [status, setStatus] = useState('');
  const [saveError, setSaveError] = useState<AppError | null>(null);

  if (minutesBefore === undefined) {
    if (loading || !error) return <LoadingState label={r.loading} />;
    return (
      <Notice tone="error">
        <p>{r.loadFailed}</p>
        <Button variant="secondary" size="sm" onPress={refetch}>
          {t.common.retry}
        </Button>
      </Notice>
    );
  }
  const choices = minutesBefore === null || REMINDER_CHOICES.includes(minutesBefore) ? REMINDER_CHOICES : [...REMINDER_CHOICES, minutesBefore].sort((a, b) => a - b);
  const options = [{ id: OFF, label: r.off }, ...choices.map((m) => ({ id: String(m), label: r.options[m] ?? r.custom(m) }))];

  const onChange = async (id: string): Promise<void> => {
    setStatus('');
    setSaveError(null);
    const result = await save(id === OFF ? null : Number(id));
    if (result.ok) setStatus(r.saved);
    else setSaveError(result.error);
  };

  return (
    <div className="at-stack">
      <Select
        label={r.label}
        description={r.description}
        options={options}
        value={minutesBefore === null ? OFF : String(minutesBefore)}
        onChange={(id) => void onChange(id)}
        className="calendar-reminder"
      />
      <p role="status" className="calendar-status">
        {status}
      </p>
      {saveError ? (
        <Notice tone="error">
          <p>{errorText(t, saveError)}</p>
        </Notice>
      ) : null}
    </div>
  );
}

/** Profile: the calendar feed and the reminder preference, as two cards. */
export function CalendarSettings() {
  const t = useCalendarT();
  return (
    <>
      <Card title={t.calendar.feed.title}>
        <CalendarFeed />
      </Card>
      <Card title={t.calendar.reminders.title}>
        <ReminderPreference />
      </Card>
    </>
  );
}
