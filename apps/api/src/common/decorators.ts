import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '@attune/domain';
import type { AuthUser, GqlContext } from './context';

export const IS_PUBLIC = 'attune:public';
/** Marks a resolver or route that needs no session (login, acceptInvite, the calendar feed). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

export function gqlContext(ctx: ExecutionContext): GqlContext {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>();
}

/** The signed-in user; resolvers behind the session guard always have one. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = gqlContext(ctx).user;
  if (!user) throw unauthenticated();
  return user;
});

/** The whole GraphQL context (loaders, request, response). */
export const Ctx = createParamDecorator((_data: unknown, ctx: ExecutionContext): GqlContext => gqlContext(ctx));
