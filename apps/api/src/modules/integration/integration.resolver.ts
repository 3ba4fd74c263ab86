import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/context';
import { CurrentUser } from '../../common/decorators';
import { SetGoalInput } from './dto/set-goal.input';
import { GoalModel, GoalStepResultModel } from './goal.model';
import { GoalService } from './goal.service';
import { MyIntegrationModel } from './integration.model';
import { IntegrationService } from './integration.service';

/** My integration and my small-steps goals: only ever about the caller. */
@Resolver()
export class IntegrationResolver {
  constructor(
    private readonly integration: IntegrationService,
    private readonly goals: GoalService,
  ) {}

  @Query(() => MyIntegrationModel, { description: 'My timeline and my charts for [from, to)' })
  myIntegration(@CurrentUser() user: AuthUser, @Args('from') from: Date, @Args('to') to: Date): Promise<MyIntegrationModel> {
    return this.integration.mine(user, from, to);
  }

  @Query(() => [GoalModel], { description: 'My small-steps goals' })
  myGoals(@CurrentUser() user: AuthUser, @Args('includeArchived', { defaultValue: false }) includeArchived: boolean): Promise<GoalModel[]> {
    return this.goals.mine(user, includeArchived);
  }

  @Mutation(() => GoalModel, { description: 'Sets a new small goal, or changes one of mine (with id)' })
  setGoal(@CurrentUser() user: AuthUser, @Args('input') input: SetGoalInput): Promise<GoalModel> {
    return this.goals.set(user, input);
  }

  @Mutation(() => GoalStepResultModel, { description: 'Logs one step towards a goal; answers with progress and a celebration' })
  logGoalStep(@CurrentUser() user: AuthUser, @Args('goalId', { type: () => ID }) goalId: string): Promise<GoalStepResultModel> {
    return this.goals.logStep(user, goalId);
  }

  @Mutation(() => GoalModel, { description: 'Puts a goal away (its steps stay in my history)' })
  archiveGoal(@CurrentUser() user: AuthUser, @Args('goalId', { type: () => ID }) goalId: string): Promise<GoalModel> {
    return this.goals.archive(user, goalId);
  }
}
