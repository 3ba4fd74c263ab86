import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useCallback } from 'react';
import type { GoalFieldsFragment, LogGoalStepMutation as LogGoalStepResult } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { ArchiveGoalMutation } from '../graphql/mutations/archiveGoal';
import { LogGoalStepMutation } from '../graphql/mutations/logGoalStep';
import { SetGoalMutation } from '../graphql/mutations/setGoal';
import { MyGoalsQuery } from '../graphql/queries/myGoals';

export type GoalStep = LogGoalStepResult['logGoalStep'];

/** My timeline shows goals and steps: ask for it afresh next time it is shown. */
function forgetTimeline(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myIntegration' });
  cache.gc();
}

/** Sets a new goal (added to my list) or changes one of mine (with `id`). */
export function useSetGoal(): {
  setGoal: (input: { id?: string; title: string; targetSteps: number }) => Promise<Result<GoalFieldsFragment>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(SetGoalMutation);
  const setGoal = useCallback(
    async (input: { id?: string; title: string; targetSteps: number }): Promise<Result<GoalFieldsFragment>> => {
      try {
        const { data } = await mutate({
          variables: { input },
          update(cache, { data: result }) {
            const goal = result?.setGoal;
            if (!goal) return;
            if (!input.id) {
              cache.updateQuery({ query: MyGoalsQuery, variables: { includeArchived: false } }, (old) =>
                old ? { myGoals: [...old.myGoals.filter((g) => g.id !== goal.id), goal] } : old,
              );
            }
            forgetTimeline(cache);
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.setGoal };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { setGoal, loading };
}

/** Logs one step; the answer carries the celebration message (in nl and en). */
export function useLogGoalStep(): { logStep: (goalId: string) => Promise<Result<GoalStep>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(LogGoalStepMutation);
  const logStep = useCallback(
    async (goalId: string): Promise<Result<GoalStep>> => {
      try {
        const { data } = await mutate({ variables: { goalId }, update: forgetTimeline });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.logGoalStep };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { logStep, loading };
}

/** Puts a goal away: it leaves my active list (its steps stay in my history). */
export function useArchiveGoal(): { archive: (goalId: string) => Promise<Result<GoalFieldsFragment>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(ArchiveGoalMutation);
  const archive = useCallback(
    async (goalId: string): Promise<Result<GoalFieldsFragment>> => {
      try {
        const { data } = await mutate({
          variables: { goalId },
          update(cache) {
            cache.updateQuery({ query: MyGoalsQuery, variables: { includeArchived: false } }, (old) =>
              old ? { myGoals: old.myGoals.filter((g) => g.id !== goalId) } : old,
            );
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.archiveGoal };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { archive, loading };
}
