import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, notFound, unauthenticated, type TeamRole } from '@attune/domain';
import type { GqlContext } from './context';
import { AccessService } from './access.service';

/**
 * Where the guarded operation finds the team it touches: an argument or a field of the parent
 * object, holding the id of a team, or of something that belongs to a team (a session, a
 * booking, a reflection …) which a registered resolver maps to its team.
 */
export interface TeamScope {
  /** 'team' or a kind registered with `TeamScopeRegistry`. */
  readonly kind: string;
  readonly from: 'args' | 'parent';
  /** Argument name or parent field; dotted paths reach into input objects (`input.teamId`). */
  readonly key: string;
  /** Roles that pass; default any member. */
  readonly roles?: readonly TeamRole[];
  /** Whether an org admin of the team's organisation passes too. */
  readonly orgAdmin?: boolean;
}

export const TEAM_SCOPE = 'attune:team-scope';

/** Requires membership (or a role) in the team that the operation or field touches. */
export const TeamAccess = (scope: TeamScope): MethodDecorator & ClassDecorator => SetMetadata(TEAM_SCOPE, scope);

type ScopeResolver = (ids: readonly string[]) => Promise<(string | null)[]>;

/** Maps ids of team-owned things to their team. Feature modules register their kinds on start. */
@Injectable()
export class TeamScopeRegistry {
  private readonly resolvers = new Map<string, ScopeResolver>();

  register(kind: string, resolver: ScopeResolver): void {
    this.resolvers.set(kind, resolver);
  }

  async teamOf(kind: string, id: string, ctx: GqlContext): Promise<string | null> {
    if (kind === 'team') return id;
    const resolver = this.resolvers.get(kind);
    if (!resolver) throw new Error(`No team scope resolver registered for "${kind}"`);
    return ctx.loaders.get<string, string | null>(`scope:${kind}`, (ids) => resolver(ids)).load(id);
  }
}

function pick(source: unknown, path: string): unknown {
  let value: unknown = source;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

@Injectable()
export class TeamAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly registry: TeamScopeRegistry,
    private readonly access: AccessService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const scope = this.reflector.getAllAndOverride<TeamScope | undefined>(TEAM_SCOPE, [ctx.getHandler(), ctx.getClass()]);
    if (!scope || ctx.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(ctx);
    const context = gql.getContext<GqlContext>();
    const user = context.user;
    if (!user) throw unauthenticated();

    const raw = scope.from === 'args' ? pick(gql.getArgs(), scope.key) : pick(gql.getRoot(), scope.key);
    if (typeof raw !== 'string' || !UUID_RE.test(raw)) throw notFound(scope.kind === 'team' ? 'Team' : capitalise(scope.kind));
    const teamId = await this.registry.teamOf(scope.kind, raw.toLowerCase(), context);
    if (!teamId) throw notFound(capitalise(scope.kind));

    const access = await this.access.forContext(context);
    const role = access.teamRoles.get(teamId);
    const roles = scope.roles ?? ['MEMBER', 'LEAD'];
    if (role && roles.includes(role)) return true;
    if (scope.orgAdmin && (await this.access.isOrgAdminOfTeam(context, teamId))) return true;
    throw forbidden(role ? 'This needs a team lead' : 'You are not a member of this team');
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
