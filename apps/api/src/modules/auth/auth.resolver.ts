import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { AuthUser, GqlContext } from '../../common/context';
import { Ctx, CurrentUser, Public } from '../../common/decorators';
import { MeModel } from '../account/account.model';
import { toMe } from '../account/account.mapper';
import { AuthService } from './auth.service';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => MeModel, { description: 'Signs in; sets the httpOnly session cookie' })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Ctx() ctx: GqlContext,
  ): Promise<MeModel> {
    const { user, token } = await this.auth.login(
      email,
      password,
      ctx.req.ip ?? 'unknown',
      ctx.req.get('user-agent') ?? null,
      readSessionCookie(ctx.req),
    );
    setSessionCookie(ctx.res, token, this.config.cookieSecure);
    ctx.user = user;
    return toMe(user);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session' })
  async logout(@Ctx() ctx: GqlContext): Promise<boolean> {
    if (ctx.user) await this.auth.logout(ctx.user.sessionId);
    clearSessionCookie(ctx.res, this.config.cookieSecure);
    ctx.user = null;
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in person, on all devices' })
  async logoutEverywhere(@CurrentUser() user: AuthUser, @Ctx() ctx: GqlContext): Promise<boolean> {
    await this.auth.logoutEverywhere(user.id);
    clearSessionCookie(ctx.res, this.config.cookieSecure);
    ctx.user = null;
    return true;
  }
}
