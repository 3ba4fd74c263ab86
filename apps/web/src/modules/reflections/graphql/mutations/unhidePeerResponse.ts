import { graphql } from '../../../../generated';

export const UnhidePeerResponseMutation = graphql(`
  mutation UnhidePeerResponse($id: ID!) {
    unhidePeerResponse(id: $id) {
      ...PeerResponseFields
    }
  }
`);
