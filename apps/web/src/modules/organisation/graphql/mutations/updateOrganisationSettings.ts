import { graphql } from '../../../../generated';

export const UpdateOrganisationSettingsMutation = graphql(`
  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {
    updateOrganisationSettings(input: $input) {
      ...OrganisationSettingsFields
    }
  }
`);
