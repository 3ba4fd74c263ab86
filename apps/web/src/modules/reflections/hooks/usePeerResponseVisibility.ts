import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { HidePeerResponseMutation } from '../graphql/mutations/hidePeerResponse';
import { UnhidePeerResponseMutation } from '../graphql/mutations/unhidePeerResponse';
import type { PeerResponse } from './useReflection';

/** The author hides a response to their reflection from everyone else, or shows it again. */
export function usePeerResponseVisibility(): {
  setHidden: (responseId: string, hidden: boolean) => Promise<Result<PeerResponse>>;
  busy: boolean;
} {
  const [hide, hideState] = useMutation(HidePeerResponseMutation);
  const [unhide, unhideState] = useMutation(UnhidePeerResponseMutation);
  const setHidden = useCallback(
    async (responseId: string, hidden: boolean): Promise<Result<PeerResponse>> => {
      try {
        if (hidden) {
          const { data } = await hide({ variables: { id: responseId } });
          return data ? { ok: true, value: data.hidePeerResponse } : failure(new Error('No data'));
        }
        const { data } = await unhide({ variables: { id: responseId } });
        return data ? { ok: true, value: data.unhidePeerResponse } : failure(new Error('No data'));
      } catch (e) {
        return failure(e);
      }
    },
    [hide, unhide],
  );
  return { setHidden, busy: hideState.loading || unhideState.loading };
}
