import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser, GqlContext } from '../../common/context';
import { Ctx, CurrentUser } from '../../common/decorators';
import { MeModel } from '../account/account.model';
import { toMe } from '../account/account.mapper';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver(() => MeModel)
export class NotificationPreferencesResolver {
  constructor(private readonly prefs: NotificationPreferencesService) {}

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Minutes before a booked session that a reminder is sent (default 1440, one day); null: no reminders',
  })
  reminderMinutesBefore(@Parent() me: MeModel, @Ctx() ctx: GqlContext): Promise<number | null> {
    return this.prefs.reminderMinutesBefore(ctx, me.id);
  }

  @Mutation(() => MeModel, { description: 'Sets how long before a booked session the reminder comes (5 minutes to 7 days), or null for none' })
  async setReminderPreference(
    @CurrentUser() user: AuthUser,
    @Args('minutesBefore', { type: () => Int, nullable: true }) minutesBefore: number | null,
  ): Promise<MeModel> {
    await this.prefs.setReminderMinutesBefore(user.id, minutesBefore ?? null);
    return toMe(user);
  }
}
