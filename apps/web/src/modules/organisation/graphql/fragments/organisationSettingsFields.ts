import { graphql } from '../../../../generated';

/** Fields listed flat (no nested fragment): the API's depth limit counts fragment levels. */
export const OrganisationSettingsFieldsFragment = graphql(`
  fragment OrganisationSettingsFields on OrganisationSettings {
    organisationId
    name
    anonymityThreshold
    supportResources {
      name
      phone
      url
      description
    }
  }
`);
