import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { AuthUser, GqlContext } from '../../common/context';
import { Ctx, CurrentUser } from '../../common/decorators';
import { clearSessionCookie } from '../auth/session-cookie';
import { MyDataExportModel } from './personal-data.model';
import { PersonalDataService } from './personal-data.service';

@Resolver()
export class PersonalDataResolver {
  constructor(
    private readonly personalData: PersonalDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => MyDataExportModel, { description: 'Everything Attune holds about me, as JSON and CSV (audited)' })
  exportMyData(@CurrentUser() user: AuthUser): Promise<MyDataExportModel> {
    return this.personalData.export(user);
  }

  @Mutation(() => Boolean, { description: 'Deletes my account and everything about me, after checking my password (audited)' })
  async deleteMyAccount(@CurrentUser() user: AuthUser, @Args('password') password: string, @Ctx() ctx: GqlContext): Promise<boolean> {
    await this.personalData.deleteAccount(user, password);
    clearSessionCookie(ctx.res, this.config.cookieSecure);
    ctx.user = null;
    return true;
  }
}
