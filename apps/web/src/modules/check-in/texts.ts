import { useFeatureTexts } from '../../app/i18n/useFeatureTexts';
import { enCheckIn, type CheckInMessages } from '../../app/i18n/messages/en/checkIn';
import { nlCheckIn } from '../../app/i18n/messages/nl/checkIn';

export const checkInTexts = { en: enCheckIn, nl: nlCheckIn } as const;

/** The texts of this feature in the current language (loaded with the feature, not the first page). */
export function useCheckInTexts(): CheckInMessages {
  return useFeatureTexts(checkInTexts);
}
