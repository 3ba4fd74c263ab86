import type { Locale } from '@attune/domain';
import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/I18nProvider';
import type { Messages } from '../../app/i18n/messages/en';
import { enSessionPages, type SessionPagesMessages } from '../../app/i18n/messages/en/sessionPages';
import { nlSessionPages } from '../../app/i18n/messages/nl/sessionPages';

/**
 * The app's texts plus the sessions pages' own (`t.sessions.*`). The pages' texts are not in
 * the main dictionary so that they load with these pages, not with the login page and Home
 * (which have a size budget); the main dictionary keeps what navigation and Home need.
 */
export type SessionsText = Omit<Messages, 'sessions'> & { sessions: Messages['sessions'] & SessionPagesMessages };

export const SESSION_PAGES: Record<Locale, SessionPagesMessages> = { en: enSessionPages, nl: nlSessionPages };

export function withSessionTexts(t: Messages, locale: Locale): SessionsText {
  return { ...t, sessions: { ...t.sessions, ...SESSION_PAGES[locale] } };
}

/** `useT()` for the sessions pages. */
export function useSessionsT(): SessionsText {
  const { t, locale } = useI18n();
  return useMemo(() => withSessionTexts(t, locale), [t, locale]);
}
