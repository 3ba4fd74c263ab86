import { graphql } from '../../../../generated';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      teamName
      organisationName
      role
      expiresAt
      accountExists
    }
  }
`);
