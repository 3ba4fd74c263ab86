import { mailHtml } from '../html';

export interface InviteMail {
  subject: string;
  text: string;
  html: string;
}

export function inviteMail(locale: string, p: { teamName: string; inviterName: string; url: string; expiresAt: Date }): InviteMail {
  const en = locale === 'en';
  const until = p.expiresAt.toLocaleDateString(en ? 'en-GB' : 'nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
  const lines = en
    ? [
        `${p.inviterName} invites you to join ${p.teamName} on Attune, where the team books care sessions and supervision and looks after itself.`,
        `Open the link to choose your name and password. It works once, until ${until}.`,
      ]
    : [
        `${p.inviterName} nodigt je uit voor ${p.teamName} in Attune, waar het team zorgsessies en supervisie boekt en goed voor zichzelf zorgt.`,
        `Open de link om je naam en wachtwoord te kiezen. De link werkt één keer, tot ${until}.`,
      ];
  const label = en ? 'Accept invitation' : 'Uitnodiging aannemen';
  return {
    subject: en ? `Invitation to ${p.teamName} on Attune` : `Uitnodiging voor ${p.teamName} in Attune`,
    text: `${lines.join('\n\n')}\n\n${p.url}\n`,
    html: mailHtml(lines, { href: p.url, label }),
  };
}
