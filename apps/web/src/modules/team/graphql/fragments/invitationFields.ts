import { graphql } from '../../../../generated';

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    id
    teamId
    email
    role
    createdAt
    expiresAt
    acceptedAt
  }
`);
