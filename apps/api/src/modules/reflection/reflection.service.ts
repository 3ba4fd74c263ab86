import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import {
  NINE_FUNCTIONS,
  REFLECTION_PROMPTS,
  applyReflectionPatch,
  assertMayReflect,
  badInput,
  canManageReflection,
  canRespondToReflection,
  canSeePeerResponse,
  canSeeReflection,
  forbidden,
  matchesSearch,
  notFound,
  reflectionEligibility,
  searchTerms,
  unauthenticated,
  validatePeerResponseText,
  validateReflection,
  type BookingStatus,
  type NineFunctionScores,
  type ReflectionContent,
  type ReflectionDraft,
  type ReflectionPatch,
  type ReflectionPrompt,
  type ReflectionViewerFacts,
  type ReflectionVisibility,
  type SessionKind,
} from '@attune/domain';
import type { AuthUser, GqlContext } from '../../common/context';
import { EncryptionService } from '../../common/encryption/encryption.service';
import { groupByKey } from '../../common/loaders';
import { FUNCTION_COLUMNS, FUNCTION_SQL_COLUMNS, PEER_RESPONSE_BODY, PROMPT_COLUMNS, PROMPT_SQL_COLUMNS } from './reflection-crypto';

/** A reflection row joined with its session and author, as every read selects it. Texts are sealed. */
export interface ReflectionRow {
  id: string;
  author_id: string;
  author_name: string;
  session_id: string;
  team_id: string;
  visibility: ReflectionVisibility;
  attunement: number;
  resonance: number;
  chaos_rigidity: number | null;
  created_at: Date;
  updated_at: Date;
  session_title: string;
  session_kind: SessionKind;
  session_starts_at: Date;
  session_ends_at: Date;
  [column: string]: unknown;
}

/** A reflection the viewer may read, opened. Only these ever reach the mapper. */
export interface VisibleReflection {
  readonly row: ReflectionRow;
  readonly content: ReflectionContent;
  readonly viewer: ReflectionViewerFacts;
  readonly canRespond: boolean;
}

export interface PeerResponseRow {
  id: string;
  reflection_id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: Date;
  hidden_at: Date | null;
}

export interface VisiblePeerResponse {
  readonly row: PeerResponseRow;
  readonly text: string;
}

/** What is true of the caller relative to one session: the facts §4 turns on (authorship aside). */
type SessionViewerFacts = Omit<ReflectionViewerFacts, 'isAuthor'> & { readonly teamId: string };

export interface MyReflectionsQuery {
  teamId?: string | null;
  sessionId?: string | null;
  sessionKind?: SessionKind | null;
  from?: Date | null;
  to?: Date | null;
  search?: string | null;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
function validId(id: string | null | undefined): id is string {
  return typeof id === 'string' && UUID_RE.test(id);
}

/** How many of the member's reflections a text search opens at most (see `myReflections`). */
export const SEARCH_WINDOW = 1000;
export const MY_REFLECTIONS_DEFAULT_LIMIT = 50;
export const MY_REFLECTIONS_MAX_LIMIT = 200;

const SELECT_REFLECTION = `
  SELECT r.id, r.author_id, u.display_name AS author_name, r.session_id, r.team_id, r.visibility,
         r.attunement, r.resonance, ${FUNCTION_SQL_COLUMNS.map((c) => `r.${c}`).join(', ')}, r.chaos_rigidity,
         ${PROMPT_SQL_COLUMNS.map((c) => `r.${c}`).join(', ')}, r.created_at, r.updated_at,
         s.title AS session_title, s.kind AS session_kind, s.starts_at AS session_starts_at, s.ends_at AS session_ends_at
    FROM reflection r
    JOIN session s ON s.id = r.session_id
    JOIN app_user u ON u.id = r.author_id`;

/**
 * Reflections and peer responses. Every read passes the domain's `canSeeReflection` (PRODUCT.md
 * §4) before anything is decrypted; texts are sealed with the row id in their authenticated data,
 * so the id is generated here before sealing.
 */
@Injectable()
export class ReflectionService {
  constructor(
    private readonly ds: DataSource,
    private readonly encryption: EncryptionService,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────────────────────────

  /** One reflection, if the caller may see it; NOT_FOUND otherwise (its existence is not revealed). */
  async reflection(ctx: GqlContext, id: string): Promise<VisibleReflection> {
    const user = requireUser(ctx);
    if (!validId(id)) throw notFound('Reflection');
    const row = await this.rowById(ctx, id.toLowerCase());
    if (!row) throw notFound('Reflection');
    const visible = await this.reveal(ctx, user, row);
    if (!visible) throw notFound('Reflection');
    return visible;
  }

  /**
   * The caller's own reflections, newest session first, narrowed by team, session, kind and period.
   *
   * Text search: the texts are encrypted at rest, so PostgreSQL cannot search them. The service
   * opens the member's own most recent reflections that match the other filters (at most
   * SEARCH_WINDOW = 1000 rows) and matches the words in memory. That bounds the cost of one
   * search (a member writes a few reflections a month, so the window spans decades) and keeps
   * every word encrypted in the database. A searchable index (e.g. keyed hashes of words) would
   * make search scale further but would leak which reflections share words to anyone holding
   * the database; we chose not to.
   */
  async myReflections(ctx: GqlContext, filter: MyReflectionsQuery, limit: number): Promise<VisibleReflection[]> {
    const user = requireUser(ctx);
    if (!Number.isInteger(limit) || limit < 1 || limit > MY_REFLECTIONS_MAX_LIMIT) {
      throw badInput('limit', `Limit must be between 1 and ${MY_REFLECTIONS_MAX_LIMIT}`);
    }
    if (filter.teamId != null && !validId(filter.teamId)) throw notFound('Team');
    if (filter.sessionId != null && !validId(filter.sessionId)) throw notFound('Session');
    if (filter.from && filter.to && filter.from > filter.to) throw badInput('to', 'The end of the period must not be before its start');
    const terms = searchTerms(filter.search);
    const rows: ReflectionRow[] = await this.ds.query(
      `${SELECT_REFLECTION}
        WHERE r.author_id = $1
          AND ($2::uuid IS NULL OR r.team_id = $2)
          AND ($3::uuid IS NULL OR r.session_id = $3)
          AND ($4::text IS NULL OR s.kind = $4)
          AND ($5::timestamptz IS NULL OR s.starts_at >= $5)
          AND ($6::timestamptz IS NULL OR s.starts_at < $6)
        ORDER BY s.starts_at DESC, r.created_at DESC, r.id
        LIMIT $7`,
      [
        user.id,
        filter.teamId?.toLowerCase() ?? null,
        filter.sessionId?.toLowerCase() ?? null,
        filter.sessionKind ?? null,
        filter.from ?? null,
        filter.to ?? null,
        terms.length > 0 ? SEARCH_WINDOW : limit,
      ],
    );
    const out: VisibleReflection[] = [];
    for (const row of rows) {
      const visible = await this.reveal(ctx, user, row);
      if (!visible) continue;
      if (!matchesSearch(REFLECTION_PROMPTS.map((p) => visible.content.texts[p]), terms)) continue;
      out.push(visible);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The shared reflections of one session that the caller may see (their own shared one
   * included). A member of the team who may see none gets an empty list; someone outside the
   * team gets FORBIDDEN, an unknown session NOT_FOUND.
   */
  async sharedReflections(ctx: GqlContext, sessionId: string): Promise<VisibleReflection[]> {
    const user = requireUser(ctx);
    if (!validId(sessionId)) throw notFound('Session');
    const id = sessionId.toLowerCase();
    const facts = await this.sessionFacts(ctx, id);
    if (!facts) throw notFound('Session');
    if (!facts.isTeamMember) throw forbidden('You are not a member of this team');
    // The SQL narrows to shared rows; `reveal` (the domain table) decides each one.
    const rows: ReflectionRow[] = await this.ds.query(
      `${SELECT_REFLECTION} WHERE r.session_id = $1 AND r.visibility <> 'PRIVATE' ORDER BY r.created_at, r.id`,
      [id],
    );
    const out: VisibleReflection[] = [];
    for (const row of rows) {
      const visible = await this.reveal(ctx, user, row);
      if (visible) out.push(visible);
    }
    return out;
  }

  /**
   * The responses to a reflection the caller was allowed to see, filtered by the domain rule
   * (hidden ones only for the author). Batched: one query for all reflections of a request.
   */
  async responsesFor(
    ctx: GqlContext,
    reflection: { id: string; visibility: ReflectionVisibility; viewer: ReflectionViewerFacts | undefined },
  ): Promise<VisiblePeerResponse[]> {
    requireUser(ctx);
    // Only reflections the service let out carry viewer facts; anything else shows no responses.
    const viewer = reflection.viewer;
    if (!viewer || !canSeeReflection(reflection, viewer)) return [];
    const rows = await this.responsesLoader(ctx).load(reflection.id);
    return rows
      .filter((r) => canSeePeerResponse(reflection, viewer, { hidden: r.hidden_at !== null }))
      .map((r) => this.openResponse(r));
  }

  /** The caller's own reflection on a session, or null (batched over the sessions of a request). */
  async myReflectionOn(ctx: GqlContext, sessionId: string): Promise<VisibleReflection | null> {
    const user = requireUser(ctx);
    const row = await ctx.loaders
      .get<string, ReflectionRow | null>('reflection:mineBySession', async (ids) => {
        const rows: ReflectionRow[] = await this.ds.query(`${SELECT_REFLECTION} WHERE r.author_id = $1 AND r.session_id = ANY($2::uuid[])`, [
          user.id,
          ids,
        ]);
        const map = new Map(rows.map((r) => [r.session_id, r]));
        return ids.map((k) => map.get(k) ?? null);
      })
      .load(sessionId);
    return row ? this.reveal(ctx, user, row) : null;
  }

  /** Whether the caller may write a reflection on the session now (the domain's eligibility rule; batched). */
  async canReflectOn(ctx: GqlContext, sessionId: string): Promise<boolean> {
    const user = requireUser(ctx);
    return ctx.loaders
      .get<string, boolean>('reflection:canReflect', async (ids) => {
        const rows: { id: string; kind: SessionKind; cancelled: boolean; member: boolean; status: BookingStatus | null; attended: boolean | null }[] =
          await this.ds.query(
            `SELECT s.id, s.kind, s.cancelled_at IS NOT NULL AS cancelled,
                    EXISTS (SELECT 1 FROM team_membership tm WHERE tm.team_id = s.team_id AND tm.user_id = $1 AND tm.left_at IS NULL) AS member,
                    b.status, b.attended
               FROM session s
               LEFT JOIN LATERAL (SELECT status, attended FROM booking
                                   WHERE session_id = s.id AND user_id = $1
                                   ORDER BY (status = 'CONFIRMED') DESC, created_at DESC LIMIT 1) b ON true
              WHERE s.id = ANY($2::uuid[])`,
            [user.id, ids],
          );
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => {
          const r = map.get(id);
          if (!r || !r.member) return false;
          return reflectionEligibility({
            sessionKind: r.kind,
            sessionCancelled: r.cancelled,
            booking: r.status ? { status: r.status, attended: r.attended } : null,
          }).ok;
        });
      })
      .load(sessionId);
  }

  // ── writes ───────────────────────────────────────────────────────────────────────────────────

  /** Writes a reflection on a session the caller attended (or a SUPERVISION session they are booked on). */
  async writeReflection(ctx: GqlContext, sessionId: string, draft: ReflectionDraft): Promise<VisibleReflection> {
    const user = requireUser(ctx);
    if (!validId(sessionId)) throw notFound('Session');
    const content = validateReflection(draft);
    const id = randomUUID();
    await this.ds.transaction(async (m) => {
      const sessions: { team_id: string; kind: SessionKind; cancelled_at: Date | null }[] = await m.query(
        `SELECT team_id, kind, cancelled_at FROM session WHERE id = $1`,
        [sessionId.toLowerCase()],
      );
      const session = sessions[0];
      if (!session) throw notFound('Session');
      const member: unknown[] = await m.query(
        `SELECT 1 FROM team_membership WHERE team_id = $1 AND user_id = $2 AND left_at IS NULL`,
        [session.team_id, user.id],
      );
      if (member.length === 0) throw forbidden('You are not a member of this team');
      const bookings: { status: BookingStatus; attended: boolean | null }[] = await m.query(
        `SELECT status, attended FROM booking WHERE session_id = $1 AND user_id = $2
          ORDER BY (status = 'CONFIRMED') DESC, created_at DESC LIMIT 1`,
        [sessionId.toLowerCase(), user.id],
      );
      assertMayReflect({ sessionKind: session.kind, sessionCancelled: session.cancelled_at !== null, booking: bookings[0] ?? null });
      const values = this.columnValues(id, content);
      const columns = Object.keys(values);
      await m.query(
        `INSERT INTO reflection (id, author_id, session_id, ${columns.join(', ')})
         VALUES ($1, $2, $3, ${columns.map((_, i) => `$${i + 4}`).join(', ')})`,
        [id, user.id, sessionId.toLowerCase(), ...Object.values(values)],
      );
    });
    this.forget(ctx, id);
    return this.reflection(ctx, id);
  }

  /** Changes the caller's own reflection (PRIVATE un-shares it, and its responses, from peers). */
  async updateReflection(ctx: GqlContext, id: string, patch: ReflectionPatch): Promise<VisibleReflection> {
    const user = requireUser(ctx);
    await this.ds.transaction(async (m) => {
      const row = await this.lockOwn(ctx, m, user, id);
      const next = applyReflectionPatch(this.open(row).content, patch);
      const values = this.columnValues(row.id, next);
      const columns = Object.keys(values);
      await m.query(
        `UPDATE reflection SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
        [row.id, ...Object.values(values)],
      );
    });
    this.forget(ctx, id);
    return this.reflection(ctx, id);
  }

  /** Deletes the caller's own reflection; its responses go with it (ON DELETE CASCADE). */
  async deleteReflection(ctx: GqlContext, id: string): Promise<void> {
    const user = requireUser(ctx);
    await this.ds.transaction(async (m) => {
      const row = await this.lockOwn(ctx, m, user, id);
      await m.query(`DELETE FROM reflection WHERE id = $1`, [row.id]);
    });
    this.forget(ctx, id);
  }

  /** A peer (or the facilitator) who can see a shared reflection responds to it. */
  async respondToReflection(ctx: GqlContext, reflectionId: string, rawText: string): Promise<VisiblePeerResponse> {
    const user = requireUser(ctx);
    if (!validId(reflectionId)) throw notFound('Reflection');
    const text = validatePeerResponseText(rawText);
    const id = randomUUID();
    const row = await this.ds.transaction(async (m) => {
      // FOR SHARE: an un-share (UPDATE) waits for this response, or this response sees the un-share.
      const found: { id: string; author_id: string; session_id: string; visibility: ReflectionVisibility }[] = await m.query(
        `SELECT id, author_id, session_id, visibility FROM reflection WHERE id = $1 FOR SHARE`,
        [reflectionId.toLowerCase()],
      );
      const reflection = found[0];
      if (!reflection) throw notFound('Reflection');
      const viewer = await this.viewerFacts(ctx, user, reflection, m);
      if (!canSeeReflection(reflection, viewer)) throw notFound('Reflection');
      if (!canRespondToReflection(reflection, viewer)) {
        throw forbidden(viewer.isAuthor ? 'Responses come from peers; you can hide them or edit your reflection' : 'You cannot respond to this reflection');
      }
      const inserted: PeerResponseRow[] = await m.query(
        `INSERT INTO peer_response (id, reflection_id, author_id, body) VALUES ($1, $2, $3, $4)
         RETURNING id, reflection_id, author_id, $5::text AS author_name, body, created_at, hidden_at`,
        [id, reflection.id, user.id, this.encryption.seal(PEER_RESPONSE_BODY, id, text), user.displayName],
      );
      return inserted[0] as PeerResponseRow;
    });
    this.forget(ctx, row.reflection_id);
    return this.openResponse(row);
  }

  /** The reflection's author hides (or shows again) a response: peers stop (or start) seeing it. */
  async setResponseHidden(ctx: GqlContext, responseId: string, hidden: boolean): Promise<VisiblePeerResponse> {
    const user = requireUser(ctx);
    if (!validId(responseId)) throw notFound('Response');
    const row = await this.ds.transaction(async (m) => {
      const found: (PeerResponseRow & { r_author_id: string; session_id: string; visibility: ReflectionVisibility })[] = await m.query(
        `SELECT pr.id, pr.reflection_id, pr.author_id, u.display_name AS author_name, pr.body, pr.created_at, pr.hidden_at,
                r.author_id AS r_author_id, r.session_id, r.visibility
           FROM peer_response pr JOIN reflection r ON r.id = pr.reflection_id JOIN app_user u ON u.id = pr.author_id
          WHERE pr.id = $1 FOR UPDATE OF pr`,
        [responseId.toLowerCase()],
      );
      const response = found[0];
      if (!response) throw notFound('Response');
      const reflection = { author_id: response.r_author_id, session_id: response.session_id, visibility: response.visibility };
      const viewer = await this.viewerFacts(ctx, user, reflection, m);
      if (!canManageReflection(viewer)) {
        if (canSeePeerResponse(reflection, viewer, { hidden: response.hidden_at !== null })) {
          throw forbidden('Only the author of the reflection can hide responses to it');
        }
        throw notFound('Response');
      }
      const updated = returnedRows<{ hidden_at: Date | null }>(
        await m.query(
          `UPDATE peer_response SET hidden_at = ${hidden ? 'COALESCE(hidden_at, now())' : 'NULL'} WHERE id = $1 RETURNING hidden_at`,
          [response.id],
        ),
      );
      return { ...response, hidden_at: updated[0]?.hidden_at ?? null };
    });
    this.forget(ctx, row.reflection_id);
    return this.openResponse(row);
  }

  // ── personal data (export / erasure) ────────────────────────────────────────────────────────

  /**
   * Everything of a person's in reflections, opened, for their data export: their reflections
   * (with the responses they received, hidden ones marked) and the responses they wrote to
   * others (without the others' reflections).
   */
  async exportReflectionsOf(manager: EntityManager, userId: string): Promise<ReflectionExport> {
    const rows: ReflectionRow[] = await manager.query(`${SELECT_REFLECTION} WHERE r.author_id = $1 ORDER BY s.starts_at, r.created_at`, [userId]);
    const received: PeerResponseRow[] = await manager.query(
      `SELECT pr.id, pr.reflection_id, pr.author_id, u.display_name AS author_name, pr.body, pr.created_at, pr.hidden_at
         FROM peer_response pr JOIN reflection r ON r.id = pr.reflection_id JOIN app_user u ON u.id = pr.author_id
        WHERE r.author_id = $1 ORDER BY pr.created_at, pr.id`,
      [userId],
    );
    const written: PeerResponseRow[] = await manager.query(
      `SELECT pr.id, pr.reflection_id, pr.author_id, u.display_name AS author_name, pr.body, pr.created_at, pr.hidden_at
         FROM peer_response pr JOIN app_user u ON u.id = pr.author_id
        WHERE pr.author_id = $1 ORDER BY pr.created_at, pr.id`,
      [userId],
    );
    const receivedBy = groupByKey(rows.map((r) => r.id), received, (r) => r.reflection_id);
    return {
      reflections: rows.map((row, i) => {
        const { content } = this.open(row);
        return {
          id: row.id,
          session: { id: row.session_id, title: row.session_title, kind: row.session_kind, startsAt: row.session_starts_at.toISOString() },
          visibility: content.visibility,
          attunement: content.attunement,
          resonance: content.resonance,
          nineFunctions: content.nineFunctions,
          chaosRigidity: content.chaosRigidity,
          ...content.texts,
          createdAt: row.created_at.toISOString(),
          updatedAt: row.updated_at.toISOString(),
          responses: (receivedBy[i] ?? []).map((r) => ({
            id: r.id,
            author: r.author_name,
            text: this.openResponse(r).text,
            createdAt: r.created_at.toISOString(),
            hidden: r.hidden_at !== null,
          })),
        };
      }),
      responsesWritten: written.map((r) => ({
        id: r.id,
        reflectionId: r.reflection_id,
        text: this.openResponse(r).text,
        createdAt: r.created_at.toISOString(),
        hiddenByAuthor: r.hidden_at !== null,
      })),
    };
  }

  /** Erases a person's reflections (with every response to them) and the responses they wrote. */
  async eraseReflectionsOf(manager: EntityManager, userId: string): Promise<{ reflections: number; responses: number }> {
    const responses = returnedRows(await manager.query(`DELETE FROM peer_response WHERE author_id = $1 RETURNING id`, [userId]));
    const reflections = returnedRows(await manager.query(`DELETE FROM reflection WHERE author_id = $1 RETURNING id`, [userId]));
    return { reflections: reflections.length, responses: responses.length };
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────

  /** Drops what this request cached about a reflection after changing it (aliased mutations in one request). */
  private forget(ctx: GqlContext, id: string): void {
    const key = id.toLowerCase();
    this.rowLoader(ctx).clear(key);
    this.responsesLoader(ctx).clear(key);
  }

  private rowById(ctx: GqlContext, id: string): Promise<ReflectionRow | null> {
    return this.rowLoader(ctx).load(id);
  }

  private rowLoader(ctx: GqlContext): DataLoader<string, ReflectionRow | null> {
    return ctx.loaders.get<string, ReflectionRow | null>('reflection:byId', async (ids) => {
      const rows: ReflectionRow[] = await this.ds.query(`${SELECT_REFLECTION} WHERE r.id = ANY($1::uuid[])`, [ids]);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((k) => map.get(k) ?? null);
    });
  }

  /** Every response to the given reflections, in one query per request batch. */
  private responsesLoader(ctx: GqlContext): DataLoader<string, PeerResponseRow[]> {
    return ctx.loaders.get<string, PeerResponseRow[]>('reflection:responses', async (ids) => {
      const found: PeerResponseRow[] = await this.ds.query(
        `SELECT pr.id, pr.reflection_id, pr.author_id, u.display_name AS author_name, pr.body, pr.created_at, pr.hidden_at
           FROM peer_response pr JOIN app_user u ON u.id = pr.author_id
          WHERE pr.reflection_id = ANY($1::uuid[])
          ORDER BY pr.created_at, pr.id`,
        [ids],
      );
      return groupByKey(ids, found, (r) => r.reflection_id);
    });
  }

  /** Applies §4 to one row: opens and returns it when the caller may see it, else null (nothing decrypted). */
  private async reveal(ctx: GqlContext, user: AuthUser, row: ReflectionRow): Promise<VisibleReflection | null> {
    const viewer = await this.viewerFacts(ctx, user, row);
    if (!canSeeReflection(row, viewer)) return null;
    return { row, content: this.open(row).content, viewer, canRespond: canRespondToReflection(row, viewer) };
  }

  /** The §4 facts about the caller for a reflection: authorship, and their relation to its session. */
  private async viewerFacts(
    ctx: GqlContext,
    user: AuthUser,
    reflection: { author_id: string; session_id: string },
    manager?: EntityManager,
  ): Promise<ReflectionViewerFacts> {
    const isAuthor = reflection.author_id === user.id;
    // The author's own reflection needs no more facts (and stays theirs if they leave the team).
    if (isAuthor) {
      return { isAuthor, isSessionFacilitator: false, attendedSession: false, isTeamMember: false, isTeamLead: false, isOrgAdmin: false };
    }
    const facts = manager ? (await this.loadSessionFacts(manager, user.id, [reflection.session_id]))[0] : await this.sessionFacts(ctx, reflection.session_id);
    if (!facts) throw notFound('Session');
    return {
      isAuthor,
      isSessionFacilitator: facts.isSessionFacilitator,
      attendedSession: facts.attendedSession,
      isTeamMember: facts.isTeamMember,
      isTeamLead: facts.isTeamLead,
      isOrgAdmin: facts.isOrgAdmin,
    };
  }

  /** Batched per request: the caller's relation to each session asked about, in one query. */
  private sessionFacts(ctx: GqlContext, sessionId: string): Promise<SessionViewerFacts | null> {
    const user = requireUser(ctx);
    return ctx.loaders
      .get<string, SessionViewerFacts | null>('reflection:sessionFacts', (ids) => this.loadSessionFacts(this.ds.manager, user.id, ids))
      .load(sessionId);
  }

  private async loadSessionFacts(m: EntityManager, userId: string, sessionIds: readonly string[]): Promise<(SessionViewerFacts | null)[]> {
    const rows: {
      id: string;
      team_id: string;
      is_facilitator: boolean;
      attended: boolean;
      role: string | null;
      is_org_admin: boolean;
    }[] = await m.query(
      `SELECT s.id, s.team_id,
              (s.facilitator_id IS NOT NULL AND s.facilitator_id = $1) AS is_facilitator,
              EXISTS (SELECT 1 FROM booking b
                       WHERE b.session_id = s.id AND b.user_id = $1 AND b.status = 'CONFIRMED' AND b.attended) AS attended,
              (SELECT tm.role FROM team_membership tm
                WHERE tm.team_id = s.team_id AND tm.user_id = $1 AND tm.left_at IS NULL) AS role,
              EXISTS (SELECT 1 FROM org_admin oa JOIN team t ON t.organisation_id = oa.organisation_id
                       WHERE t.id = s.team_id AND oa.user_id = $1) AS is_org_admin
         FROM session s
        WHERE s.id = ANY($2::uuid[])`,
      [userId, sessionIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return sessionIds.map((id) => {
      const r = byId.get(id);
      if (!r) return null;
      return {
        teamId: r.team_id,
        isSessionFacilitator: r.is_facilitator,
        attendedSession: r.attended,
        isTeamMember: r.role !== null,
        isTeamLead: r.role === 'LEAD',
        isOrgAdmin: r.is_org_admin,
      };
    });
  }

  /** Locks the caller's own reflection for a change: NOT_FOUND if they may not see it, FORBIDDEN if they may but it is not theirs. */
  private async lockOwn(ctx: GqlContext, m: EntityManager, user: AuthUser, id: string): Promise<ReflectionRow> {
    if (!validId(id)) throw notFound('Reflection');
    const rows: ReflectionRow[] = await m.query(`${SELECT_REFLECTION} WHERE r.id = $1 FOR UPDATE OF r`, [id.toLowerCase()]);
    const row = rows[0];
    if (!row) throw notFound('Reflection');
    const viewer = await this.viewerFacts(ctx, user, row, m);
    if (canManageReflection(viewer)) return row;
    if (canSeeReflection(row, viewer)) throw forbidden('Only the author can change or delete a reflection');
    throw notFound('Reflection');
  }

  /** Opens a row's sealed texts into domain content. A wrong key or tampered value throws (never garbage). */
  private open(row: ReflectionRow): { content: ReflectionContent } {
    const texts = {} as Record<ReflectionPrompt, string | null>;
    for (const prompt of REFLECTION_PROMPTS) {
      const col = PROMPT_COLUMNS[prompt];
      texts[prompt] = this.encryption.open(col, row.id, row[col.column] as string | null);
    }
    const nineFunctions = {} as NineFunctionScores;
    for (const f of NINE_FUNCTIONS) nineFunctions[f] = (row[FUNCTION_COLUMNS[f]] as number | null) ?? null;
    return {
      content: {
        visibility: row.visibility,
        attunement: row.attunement,
        resonance: row.resonance,
        nineFunctions,
        chaosRigidity: row.chaos_rigidity,
        texts,
      },
    };
  }

  private openResponse(row: PeerResponseRow): VisiblePeerResponse {
    const text = this.encryption.open(PEER_RESPONSE_BODY, row.id, row.body);
    if (text === null) throw new Error(`Peer response ${row.id} has no text`);
    return { row, text };
  }

  /** The stored columns of a reflection's content: ratings plain, texts sealed to this row. */
  private columnValues(id: string, content: ReflectionContent): Record<string, string | number | null> {
    const values: Record<string, string | number | null> = {
      visibility: content.visibility,
      attunement: content.attunement,
      resonance: content.resonance,
      chaos_rigidity: content.chaosRigidity,
    };
    for (const f of NINE_FUNCTIONS) values[FUNCTION_COLUMNS[f]] = content.nineFunctions[f];
    for (const p of REFLECTION_PROMPTS) values[PROMPT_COLUMNS[p].column] = this.encryption.seal(PROMPT_COLUMNS[p], id, content.texts[p]);
    return values;
  }
}

export interface ReflectionExport {
  reflections: Record<string, unknown>[];
  responsesWritten: Record<string, unknown>[];
}

/** TypeORM answers UPDATE/DELETE … RETURNING with `[rows, affectedCount]`, other statements with rows. */
function returnedRows<T = unknown>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

function requireUser(ctx: GqlContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
