import { graphql } from '../../../../generated';

/** A peer's response to a reflection (hidden ones reach only the reflection's author). */
export const PeerResponseFieldsFragment = graphql(`
  fragment PeerResponseFields on PeerResponse {
    id
    reflectionId
    text
    hidden
    createdAt
    author {
      id
      displayName
    }
  }
`);
