import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/context';
import { CurrentUser } from '../../common/decorators';
import { CheckInModel, CheckInResultModel } from './check-in.model';
import { CheckInService } from './check-in.service';
import { SubmitCheckInInput } from './dto/submit-check-in.input';

/** Check-ins are only ever about the caller: no argument names anyone else. */
@Resolver(() => CheckInModel)
export class CheckInResolver {
  constructor(private readonly checkIns: CheckInService) {}

  @Mutation(() => CheckInResultModel, { description: "Today's check-in (a second one the same day replaces the first); feedback for me only" })
  submitCheckIn(@CurrentUser() user: AuthUser, @Args('input') input: SubmitCheckInInput): Promise<CheckInResultModel> {
    return this.checkIns.submit(user, input);
  }

  @Query(() => [CheckInModel], { description: 'My own check-ins submitted from `from` up to `to`, newest first' })
  myCheckIns(@CurrentUser() user: AuthUser, @Args('from') from: Date, @Args('to') to: Date): Promise<CheckInModel[]> {
    return this.checkIns.mine(user, from, to);
  }
}
