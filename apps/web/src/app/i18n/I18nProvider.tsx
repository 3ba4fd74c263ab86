import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@attune/domain';
import { en, type Messages } from './messages/en';
import { nl } from './messages/nl';
import { navigatorLanguages, readStoredLocale, resolveLocale, storeLocale } from './locale';

export const DICTIONARIES: Record<Locale, Messages> = { nl, en };

export interface I18nValue {
  locale: Locale;
  t: Messages;
  /** Remembers a choice on this device (the profile, when signed in, still wins). */
  choose: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export interface I18nProviderProps {
  /** The signed-in person's profile language, when known. */
  profileLocale?: Locale | null;
  /** Fixes the language (tests). */
  initialLocale?: Locale;
  children: ReactNode;
}

export function I18nProvider({ profileLocale, initialLocale, children }: I18nProviderProps) {
  const [stored, setStored] = useState<string | null>(() => initialLocale ?? readStoredLocale());
  const locale = resolveLocale({ profile: profileLocale, stored, browser: navigatorLanguages() });

  const choose = useCallback((next: Locale) => {
    storeLocale(next);
    setStored(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(() => ({ locale, t: DICTIONARIES[locale], choose }), [locale, choose]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}

/** The texts of the current language: `const t = useT(); t.login.title`. */
export function useT(): Messages {
  return useI18n().t;
}
