import { parseMailbox } from '../booking-notifier';

describe('the organiser of calendar invitations, from MAIL_FROM', () => {
  it('takes the name and address of a mailbox, with or without quotes', () => {
    expect(parseMailbox('Attune <no-reply@attune.local>')).toEqual({ name: 'Attune', email: 'no-reply@attune.local' });
    expect(parseMailbox('"Team Noord, Attune" <noord@example.org>')).toEqual({ name: 'Team Noord, Attune', email: 'noord@example.org' });
  });

  it('names a bare address Attune', () => {
    expect(parseMailbox('attune@example.org')).toEqual({ name: 'Attune', email: 'attune@example.org' });
    expect(parseMailbox('<attune@example.org>')).toEqual({ name: 'Attune', email: 'attune@example.org' });
  });
});
