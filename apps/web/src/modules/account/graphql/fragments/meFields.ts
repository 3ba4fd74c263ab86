import { graphql } from '../../../../generated';

export const MeFieldsFragment = graphql(`
  fragment MeFields on Me {
    id
    email
    displayName
    locale
    timeZone
    isOrgAdmin
    organisationId
  }
`);
