import { DEFAULT_LOCALE, isLocale, type Locale } from '@attune/domain';

export const LOCALE_STORAGE_KEY = 'attune.locale';

/** BCP 47 tags for Intl formatting (British English: day-month order and a 24-hour clock). */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The first of the browser's languages that we speak (e.g. "en-US" → en), if any. */
export function browserLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return null;
}

/**
 * Which language to use: the signed-in person's profile wins, then a choice made on this
 * device (language switch while signed out), then the browser's languages, then Dutch.
 */
export function resolveLocale(input: {
  profile: Locale | null | undefined;
  stored: string | null | undefined;
  browser: readonly string[];
}): Locale {
  if (input.profile) return input.profile;
  if (input.stored && isLocale(input.stored)) return input.stored;
  return browserLocale(input.browser) ?? DEFAULT_LOCALE;
}

export function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage can be unavailable (private mode); the choice then lasts for this page only
  }
}

export function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
