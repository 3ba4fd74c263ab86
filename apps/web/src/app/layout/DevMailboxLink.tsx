import { useEffect, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

let known: boolean | undefined = import.meta.env.DEV ? true : undefined;

/** Asks the server whether its development mailbox exists (it answers 404 in production). */
async function mailboxAvailable(): Promise<boolean> {
  if (known !== undefined) return known;
  try {
    const res = await fetch('/dev/mailbox/messages.json?to=availability-check@invalid.invalid', {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    known = res.ok;
  } catch {
    known = false;
  }
  return known;
}

/**
 * A link to the development mailbox (sent messages, e.g. invitations, when no mail server is
 * configured). Shown in dev builds and whenever the server is not in production mode.
 */
export function DevMailboxLink() {
  const t = useT();
  const [visible, setVisible] = useState(known === true);
  useEffect(() => {
    let live = true;
    void mailboxAvailable().then((ok) => {
      if (live) setVisible(ok);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!visible) return null;
  // A full page load on purpose: the mailbox is served by the API, not by this app.
  return (
    <a className="at-link" href="/dev/mailbox" target="_blank" rel="noopener">
      {t.shell.devMailbox}
    </a>
  );
}
