import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  LOGIN_WINDOW_MS,
  SESSION_TTL_MS,
  DomainError,
  normaliseEmail,
  unauthenticated,
  type TeamRole,
} from '@attune/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { Access, AuthUser } from '../../common/context';
import { preparedQuery } from '../../database/prepared';
import { SessionCache } from './session-cache';
import { hashToken, newToken } from './tokens';
import { verifyPassword } from './password';

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  locale: string;
  time_zone: string;
  /** `teamId:ROLE` of each current membership. */
  team_roles: string[];
  admin_organisation_ids: string[];
}

/** The login-session lookup every request starts with (a prepared statement: see preparedQuery). */
const SESSION_LOOKUP = `
  SELECT s.id AS session_id, s.last_seen_at, s.expires_at, u.id, u.organisation_id, u.email, u.display_name, u.locale, u.time_zone,
         ARRAY(SELECT m.team_id || ':' || m.role FROM team_membership m WHERE m.user_id = u.id AND m.left_at IS NULL) AS team_roles,
         ARRAY(SELECT a.organisation_id FROM org_admin a WHERE a.user_id = u.id) AS admin_organisation_ids
    FROM user_session s JOIN app_user u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.expires_at > now()`;

/** How often a session's sliding expiry is pushed forward (not on every request). */
const TOUCH_AFTER_MS = 10 * 60 * 1000;

/** Who is behind a session token: shared (read-only) by every request that presents it while cached. */
export interface SignedIn {
  readonly user: AuthUser;
  readonly access: Access;
}

const WRONG_CREDENTIALS = 'E-mail address or password is incorrect';

@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: SessionCache<SignedIn>,
  ) {}

  /** The user behind a session token, or null when it is unknown or expired. One query. */
  async userForToken(token: string): Promise<AuthUser | null> {
    return (await this.sessionForToken(token))?.user ?? null;
  }

  /**
   * The user behind a session token together with their team roles and admin rights, in one
   * query (every request starts here, and nearly every operation is guarded by team access).
   * Kept for a few seconds by the session cache, which every committed change to sessions,
   * users, memberships or admin rights empties at once (session-cache.ts), so a logout or a
   * removed membership still takes effect on the very next request.
   */
  async sessionForToken(token: string): Promise<SignedIn | null> {
    const hash = hashToken(token);
    const key = hash.toString('base64');
    const cached = this.cache.get(key);
    if (cached) return cached;
    const generation = this.cache.generation();
    const found = await this.lookup(hash);
    if (found) this.cache.set(key, found.signedIn, generation, found.expiresAt.getTime());
    return found?.signedIn ?? null;
  }

  private async lookup(hash: Buffer): Promise<{ signedIn: SignedIn; expiresAt: Date } | null> {
    const rows = await preparedQuery<SessionRow>(this.ds, SESSION_LOOKUP, [hash]);
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.ds.query(
        `UPDATE user_session SET last_seen_at = now(), expires_at = now() + make_interval(secs => $2) WHERE id = $1`,
        [row.session_id, SESSION_TTL_MS / 1000],
      );
    }
    const signedIn: SignedIn = {
      user: {
        id: row.id,
        organisationId: row.organisation_id,
        email: row.email,
        displayName: row.display_name,
        locale: row.locale,
        timeZone: row.time_zone,
        sessionId: row.session_id,
      },
      access: {
        teamRoles: new Map(row.team_roles.map((tr) => [tr.slice(0, tr.indexOf(':')), tr.slice(tr.indexOf(':') + 1) as TeamRole])),
        adminOrganisationIds: new Set(row.admin_organisation_ids),
      },
    };
    return { signedIn, expiresAt: row.expires_at };
  }

  /**
   * Checks the throttle, then the password. Every attempt is recorded first, under an advisory
   * lock per address and per e-mail, so concurrent attempts cannot slip past the limit.
   */
  async login(
    rawEmail: string,
    password: string,
    clientAddress: string,
    userAgent: string | null,
    previousToken: string | null,
  ): Promise<{ user: AuthUser; token: string }> {
    let email: string;
    try {
      email = normaliseEmail(rawEmail);
    } catch {
      // No account can have this address; the attempt is still counted and answered like any
      // other wrong login. PostgreSQL text cannot hold NUL, so it is replaced before storing.
      email = rawEmail.trim().toLowerCase().replaceAll('\u0000', '\uFFFD').slice(0, 254);
    }
    const limit = this.config.loginAttemptsPerWindow;
    const attemptId = await this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('login-email:' || $1)), pg_advisory_xact_lock(hashtext('login-addr:' || $2))`, [
        email,
        clientAddress,
      ]);
      const [counts] = (await m.query(
        `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
                count(*) FILTER (WHERE client_address = $2)::int AS by_address
           FROM login_attempt
          WHERE attempted_at > now() - make_interval(secs => $3) AND (email = $1 OR client_address = $2)`,
        [email, clientAddress, LOGIN_WINDOW_MS / 1000],
      )) as { by_email: number; by_address: number }[];
      if (counts && (counts.by_email >= limit || counts.by_address >= this.config.loginAttemptsPerAddress)) {
        return null;
      }
      const [row] = (await m.query(
        `INSERT INTO login_attempt (email, client_address, succeeded) VALUES ($1, $2, false) RETURNING id`,
        [email, clientAddress],
      )) as { id: string }[];
      return row?.id ?? null;
    });
    if (attemptId === null) {
      throw new DomainError('UNAUTHENTICATED', 'Too many login attempts. Please wait a minute and try again.', undefined, {
        reason: 'RATE_LIMITED',
        retryAfterSeconds: LOGIN_WINDOW_MS / 1000,
      });
    }

    const users: { id: string; password_hash: string }[] = await this.ds.query(
      `SELECT id, password_hash FROM app_user WHERE email = $1`,
      [email],
    );
    const user = users[0];
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !ok) throw unauthenticated(WRONG_CREDENTIALS);

    await this.ds.query(`UPDATE login_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
    // Rotate: a session that came with the request is ended, a new id is issued.
    if (previousToken) await this.ds.query(`DELETE FROM user_session WHERE token_hash = $1`, [hashToken(previousToken)]);
    const token = await this.createSession(user.id, userAgent);
    const authUser = await this.userForToken(token);
    if (!authUser) throw unauthenticated();
    return { user: authUser, token };
  }

  async createSession(userId: string, userAgent: string | null, manager = this.ds.manager): Promise<string> {
    const { token, hash } = newToken();
    await manager.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at, user_agent)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4)`,
      [hash, userId, SESSION_TTL_MS / 1000, userAgent?.slice(0, 300) ?? null],
    );
    return token;
  }

  async logout(sessionId: string): Promise<void> {
    await this.ds.query(`DELETE FROM user_session WHERE id = $1`, [sessionId]);
  }

  async logoutEverywhere(userId: string): Promise<number> {
    const result: [unknown[], number] = await this.ds.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
    return result[1];
  }
}
