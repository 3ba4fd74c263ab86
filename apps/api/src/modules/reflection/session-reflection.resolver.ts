import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context';
import { Ctx } from '../../common/decorators';
import { TeamAccess } from '../../common/team-access';
import { SessionModel } from '../session/session.model';
import { toReflection } from './reflection.mapper';
import { ReflectionModel } from './reflection.model';
import { ReflectionService } from './reflection.service';

const SAME_TEAM = { kind: 'team', from: 'parent', key: 'teamId' } as const;

/**
 * What a session shows about reflections: only the caller's own reflection (never anyone
 * else's — a session's shared reflections come through `sharedReflections`, which applies §4).
 */
@Resolver(() => SessionModel)
export class SessionReflectionResolver {
  constructor(private readonly reflections: ReflectionService) {}

  @TeamAccess(SAME_TEAM)
  @ResolveField(() => ReflectionModel, { nullable: true, description: 'My own reflection on this session, if I wrote one' })
  async myReflection(@Parent() s: SessionModel, @Ctx() ctx: GqlContext): Promise<ReflectionModel | null> {
    const visible = await this.reflections.myReflectionOn(ctx, s.id);
    return visible ? toReflection(visible) : null;
  }

  @TeamAccess(SAME_TEAM)
  @ResolveField(() => Boolean, {
    description: 'Whether I may reflect on this session: I attended it, or it is SUPERVISION and I hold a confirmed booking; not when cancelled',
  })
  canReflect(@Parent() s: SessionModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.reflections.canReflectOn(ctx, s.id);
  }
}
