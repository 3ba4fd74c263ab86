import { graphql } from '../../../../generated';

/** The reflections on a session that were shared with me (and my own shared one), with responses. */
export const SharedReflectionsQuery = graphql(`
  query SharedReflections($sessionId: ID!) {
    sharedReflections(sessionId: $sessionId) {
      ...ReflectionFields
      responses {
        ...PeerResponseFields
      }
    }
  }
`);
