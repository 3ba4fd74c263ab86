import { graphql } from '../../../../generated';

export const OrganisationSettingsFieldsFragment = graphql(`
  fragment OrganisationSettingsFields on OrganisationSettings {
    organisationId
    name
    anonymityThreshold
    supportResources {
      ...SupportResourceFields
    }
  }
`);
