import { graphql } from '../../../../generated';

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MeFields
    }
  }
`);
