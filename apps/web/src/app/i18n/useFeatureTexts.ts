import type { Locale } from '@attune/domain';
import { useI18n } from './I18nProvider';

/**
 * A feature's own texts in the current language. Feature dictionaries (`messages/en/<feature>.ts`
 * and `messages/nl/<feature>.ts`) that only their pages need are imported by the feature, not by
 * the main dictionary, so they load with the feature's chunk instead of the first page.
 */
export function useFeatureTexts<T>(dictionaries: Readonly<Record<Locale, T>>): T {
  return dictionaries[useI18n().locale];
}
