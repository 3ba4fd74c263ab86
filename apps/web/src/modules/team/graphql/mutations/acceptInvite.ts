import { graphql } from '../../../../generated';

export const AcceptInviteMutation = graphql(`
  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {
    acceptInvite(token: $token, name: $name, password: $password) {
      ...MeFields
    }
  }
`);
