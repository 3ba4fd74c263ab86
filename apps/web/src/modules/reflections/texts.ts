import { useI18n } from '../../app/i18n/I18nProvider';
import { enReflections } from '../../app/i18n/messages/en/reflections';
import { nlReflections } from '../../app/i18n/messages/nl/reflections';

export type ReflectionTexts = typeof enReflections;

export const REFLECTION_TEXTS = { en: enReflections, nl: nlReflections } as const;

/**
 * The reflection texts in the reader's language. They are imported here, by the reflection
 * pages' own chunks, rather than spread into the global dictionaries: the six prompts' helper
 * texts, the nine functions and so on, in two languages, would otherwise add about 5 KB (gzip)
 * to the login page, whose budget is 200 KB.
 */
export function useReflectionTexts(): ReflectionTexts {
  return REFLECTION_TEXTS[useI18n().locale];
}
