import type { Request, Response } from 'express';
import type { TeamRole } from '@attune/domain';
import { RequestLoaders } from './loaders';

/** The signed-in person, as the session guard found them. */
export interface AuthUser {
  readonly id: string;
  readonly organisationId: string;
  readonly email: string;
  readonly displayName: string;
  readonly locale: string;
  readonly timeZone: string;
  readonly sessionId: string;
}

/** What a user may do in which team: loaded once per request. */
export interface Access {
  readonly teamRoles: ReadonlyMap<string, TeamRole>;
  readonly adminOrganisationIds: ReadonlySet<string>;
}

export interface GqlContext {
  readonly req: Request;
  readonly res: Response;
  user: AuthUser | null;
  /** Per-request DataLoaders; never shared between requests. */
  readonly loaders: RequestLoaders;
}

export function newContext(req: Request, res: Response, user: AuthUser | null): GqlContext {
  return { req, res, user, loaders: new RequestLoaders() };
}
