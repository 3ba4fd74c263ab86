import { useFeatureTexts } from '../../app/i18n/useFeatureTexts';
import { enWellbeing, type WellbeingMessages } from '../../app/i18n/messages/en/wellbeing';
import { nlWellbeing } from '../../app/i18n/messages/nl/wellbeing';

export const wellbeingTexts = { en: enWellbeing, nl: nlWellbeing } as const;

/** The texts of this feature in the current language (loaded with the feature, not the first page). */
export function useWellbeingTexts(): WellbeingMessages {
  return useFeatureTexts(wellbeingTexts);
}
