import { graphql } from '../../../../generated';

export const HidePeerResponseMutation = graphql(`
  mutation HidePeerResponse($id: ID!) {
    hidePeerResponse(id: $id) {
      ...PeerResponseFields
    }
  }
`);
