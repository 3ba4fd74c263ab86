import type { Locale } from '@attune/domain';
import { useMemo } from 'react';
import { useT } from '../../app/i18n/I18nProvider';
import type { Messages } from '../../app/i18n/messages/en';
import { enCalendar, type CalendarMessages } from '../../app/i18n/messages/en/calendar';
import { nlCalendar } from '../../app/i18n/messages/nl/calendar';
import { useFeatureTexts } from '../../app/i18n/useFeatureTexts';

/** The app's texts plus the calendar settings' own (`t.calendar.*`), loaded with the Profile page. */
export type CalendarText = Messages & { calendar: CalendarMessages };

export const calendarTexts: Readonly<Record<Locale, CalendarMessages>> = { en: enCalendar, nl: nlCalendar };

export function useCalendarT(): CalendarText {
  const t = useT();
  const calendar = useFeatureTexts(calendarTexts);
  return useMemo(() => ({ ...t, calendar }), [t, calendar]);
}
