import { useFeatureTexts } from '../../app/i18n/useFeatureTexts';
import { enOrganisation, type OrganisationMessages } from '../../app/i18n/messages/en/organisation';
import { nlOrganisation } from '../../app/i18n/messages/nl/organisation';

export const organisationTexts = { en: enOrganisation, nl: nlOrganisation } as const;

/** The texts of this feature in the current language (loaded with the feature, not the first page). */
export function useOrganisationTexts(): OrganisationMessages {
  return useFeatureTexts(organisationTexts);
}
