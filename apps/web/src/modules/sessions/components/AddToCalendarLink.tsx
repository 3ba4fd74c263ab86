import { useSessionsT } from '../texts';

/**
 * Downloads the booking's .ics file (Outlook, Google, Apple Calendar). A plain link: the browser
 * sends the session cookie and saves the file.
 */
export function AddToCalendarLink({ url }: { url: string | null | undefined }) {
  const t = useSessionsT();
  if (!url) return null;
  return (
    <a className="at-button at-button--secondary" href={url} download title={t.sessions.actions.addToCalendarHint}>
      {t.sessions.actions.addToCalendar}
    </a>
  );
}
