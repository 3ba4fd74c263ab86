import { useFeatureTexts } from '../../app/i18n/useFeatureTexts';
import { enReflections } from '../../app/i18n/messages/en/reflections';
import { nlReflections } from '../../app/i18n/messages/nl/reflections';

export type ReflectionTexts = typeof enReflections;

export const REFLECTION_TEXTS = { en: enReflections, nl: nlReflections } as const;

/**
 * The reflection texts in the reader's language, loaded with the reflection pages' chunks rather
 * than the first page (the prompts' helper texts and the nine functions in two languages are
 * about 5 KB gzip).
 */
export function useReflectionTexts(): ReflectionTexts {
  return useFeatureTexts(REFLECTION_TEXTS);
}
