import { useFeatureTexts } from '../../app/i18n/useFeatureTexts';
import { enIntegration, type IntegrationMessages } from '../../app/i18n/messages/en/integration';
import { nlIntegration } from '../../app/i18n/messages/nl/integration';

export const integrationTexts = { en: enIntegration, nl: nlIntegration } as const;

/** The texts of this feature in the current language (loaded with the feature, not the first page). */
export function useIntegrationTexts(): IntegrationMessages {
  return useFeatureTexts(integrationTexts);
}
