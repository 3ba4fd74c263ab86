import { graphql } from '../../../../generated';

/** k and the support resources of my organisation (org admins). */
export const OrganisationSettingsQuery = graphql(`
  query OrganisationSettings {
    organisationSettings {
      ...OrganisationSettingsFields
    }
  }
`);
