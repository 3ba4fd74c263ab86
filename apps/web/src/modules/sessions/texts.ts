import type { Locale } from '@attune/domain';
import { useMemo } from 'react';
import { useT } from '../../app/i18n/I18nProvider';
import type { Messages } from '../../app/i18n/messages/en';
import { enSessionPages, type SessionPagesMessages } from '../../app/i18n/messages/en/sessionPages';
import { nlSessionPages } from '../../app/i18n/messages/nl/sessionPages';
import { useFeatureTexts } from '../../app/i18n/useFeatureTexts';

/**
 * The app's texts plus the sessions pages' own under `t.sessions.*`. The pages' texts are not in
 * the main dictionary, so they load with these pages rather than with the login page and Home
 * (which have a size budget); the main dictionary keeps what navigation and Home need.
 */
export type SessionsText = Omit<Messages, 'sessions'> & { sessions: Messages['sessions'] & SessionPagesMessages };

export const sessionPagesTexts: Readonly<Record<Locale, SessionPagesMessages>> = { en: enSessionPages, nl: nlSessionPages };

export function withSessionTexts(t: Messages, pages: SessionPagesMessages): SessionsText {
  return { ...t, sessions: { ...t.sessions, ...pages } };
}

/** `useT()` for the sessions pages. */
export function useSessionsT(): SessionsText {
  const t = useT();
  const pages = useFeatureTexts(sessionPagesTexts);
  return useMemo(() => withSessionTexts(t, pages), [t, pages]);
}
