import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser, GqlContext } from '../../common/context';
import { Ctx, CurrentUser, Public } from '../../common/decorators';
import { AccessService } from '../../common/access.service';
import { MeModel } from './account.model';
import { toMe } from './account.mapper';
import { AccountService } from './account.service';
import { UpdateProfileInput } from './dto/update-profile.input';


@Resolver(() => MeModel)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly access: AccessService,
  ) {}

  @Public()
  @Query(() => MeModel, { nullable: true, description: 'The signed-in person, or null when not signed in' })
  me(@Ctx() ctx: GqlContext): MeModel | null {
    return ctx.user ? toMe(ctx.user) : null;
  }

  @Mutation(() => MeModel)
  async updateProfile(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProfileInput, @Ctx() ctx: GqlContext): Promise<MeModel> {
    const updated = await this.accounts.updateProfile(user, input);
    ctx.user = updated;
    return toMe(updated);
  }

  @ResolveField(() => Boolean, { description: 'Whether this person administers their organisation' })
  async isOrgAdmin(@Parent() me: MeModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (ctx.user?.id !== me.id) return false;
    return (await this.access.forContext(ctx)).adminOrganisationIds.size > 0;
  }
}
