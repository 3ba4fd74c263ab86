import { graphql } from '../../../../generated';

export const SupportResourceFieldsFragment = graphql(`
  fragment SupportResourceFields on SupportResource {
    name
    phone
    url
    description
  }
`);
