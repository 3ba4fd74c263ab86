/**
 * English texts of the calendar feed and reminders on the Profile page. Loaded with that page
 * (`useCalendarT()` in `modules/calendar/texts.ts` adds them as `t.calendar`), not in the main dictionary.
 */
export const enCalendar = {
  feed: {
    title: 'Calendar',
    intro:
      'Subscribe to your personal calendar feed to see the sessions you have a seat in, in your own calendar app. It keeps itself up to date.',
    loading: 'Loading your calendar address…',
    loadFailed: 'Your calendar address could not be loaded.',
    url: 'Your calendar feed address',
    copy: 'Copy address',
    copied: 'The address has been copied.',
    copyFailed: 'Copying did not work. The address is selected: copy it with Ctrl+C (or Cmd+C).',
    private: 'Keep this address to yourself: anyone who has it can see which sessions you booked.',
    howTo: 'How do I subscribe?',
    outlook: 'Outlook: Calendar → Add calendar → Subscribe from web, paste the address and choose Import.',
    google: 'Google Calendar (on a computer): Other calendars → + → From URL, paste the address and choose Add calendar.',
    apple: 'Apple Calendar: File → New Calendar Subscription (on iPhone: Settings → Calendar → Accounts → Add Subscribed Calendar), paste the address.',
    refresh: 'Calendar apps fetch the feed every few hours, so a new booking can take a while to appear.',
    rotate: 'Make a new address',
    rotateTitle: 'Make a new address?',
    rotateBody:
      'The current address stops working straight away. Calendars subscribed to it stop updating until you subscribe again with the new address.',
    rotateConfirm: 'Make a new address',
    rotateKeep: 'Keep the current one',
    rotated: 'You have a new address. Subscribe again with it in your calendar app, and remove the old subscription.',
  },
  reminders: {
    title: 'Reminders',
    label: 'Remind me before a session',
    description: 'By e-mail, for sessions you have a seat in.',
    loading: 'Loading your reminder setting…',
    loadFailed: 'Your reminder setting could not be loaded.',
    off: 'No reminders',
    options: {
      30: '30 minutes before',
      60: '1 hour before',
      180: '3 hours before',
      1440: '1 day before',
      2880: '2 days before',
      10080: '1 week before',
    } as Record<number, string>,
    custom: (minutes: number) => `${minutes} minutes before`,
    saved: 'Your reminder setting has been saved.',
  },
};

export type CalendarMessages = typeof enCalendar;
