import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '@attune/domain';
import { IS_PUBLIC, gqlContext } from './decorators';

/**
 * Default deny: every resolver and route needs a signed-in user unless marked `@Public()`.
 * Registered globally, and for field resolvers too (`fieldResolverEnhancers`).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (isPublic) return true;
    if (ctx.getType<string>() !== 'graphql') throw unauthenticated();
    if (!gqlContext(ctx).user) throw unauthenticated();
    return true;
  }
}
