import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { EncryptionService, registerEncryptedColumn, type EncryptedColumn } from '../../common/encryption/encryption.service';
import { hashToken, newToken } from '../auth/tokens';
import { toIcsEvent } from './calendar-event';
import { CALENDAR_SESSION_SOURCE, type CalendarSessionSource } from './calendar-source';
import { buildCalendar } from './ics';

/** The sealed copy of the feed token, so its owner can see the URL again (re-encrypted on key rotation). */
const FEED_TOKEN: EncryptedColumn = { table: 'calendar_feed', idColumn: 'user_id', column: 'token_sealed' };
registerEncryptedColumn(FEED_TOKEN);

const DAY_MS = 86_400_000;
/** The feed shows sessions from half a year back to well over a year ahead. */
const FEED_PAST_DAYS = 183;
const FEED_FUTURE_DAYS = 550;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,64}$/u;

/**
 * The personal calendar feed: a secret URL per person that calendar apps subscribe to. Only
 * the token's SHA-256 is looked up; rotating replaces it, so the old URL answers 404 at once.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly ds: DataSource,
    private readonly encryption: EncryptionService,
    @Inject(CALENDAR_SESSION_SOURCE) private readonly sessions: CalendarSessionSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private urlFor(token: string): string {
    return `${this.config.publicUrl}/calendar/feed/${token}.ics`;
  }

  private async currentToken(userId: string): Promise<string | null> {
    const rows: { token_sealed: string }[] = await this.ds.query(`SELECT token_sealed FROM calendar_feed WHERE user_id = $1`, [userId]);
    return rows[0] ? this.encryption.open(FEED_TOKEN, userId, rows[0].token_sealed) : null;
  }

  /** The person's feed URL; the feed is created on first use. */
  async feedUrlOf(userId: string): Promise<string> {
    const existing = await this.currentToken(userId);
    if (existing) return this.urlFor(existing);
    const { token, hash } = newToken();
    // Two first requests at once: one insert wins and both return its token.
    await this.ds.query(
      `INSERT INTO calendar_feed (user_id, token_hash, token_sealed) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`,
      [userId, hash, this.encryption.seal(FEED_TOKEN, userId, token)],
    );
    const created = await this.currentToken(userId);
    if (!created) throw new Error('Calendar feed was not created');
    return this.urlFor(created);
  }

  /** Gives the person a new feed URL; the previous one stops working. */
  async rotate(userId: string): Promise<string> {
    const { token, hash } = newToken();
    await this.ds.query(
      `INSERT INTO calendar_feed (user_id, token_hash, token_sealed) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, token_sealed = excluded.token_sealed, created_at = now()`,
      [userId, hash, this.encryption.seal(FEED_TOKEN, userId, token)],
    );
    return this.urlFor(token);
  }

  /** The feed behind a token as an iCalendar text, or null for an unknown (or replaced) token. */
  async feed(token: string, now = new Date()): Promise<string | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const rows: { user_id: string; locale: string; time_zone: string }[] = await this.ds.query(
      `SELECT f.user_id, u.locale, u.time_zone FROM calendar_feed f JOIN app_user u ON u.id = f.user_id WHERE f.token_hash = $1`,
      [hashToken(token)],
    );
    const owner = rows[0];
    if (!owner) return null;
    const sessions = await this.sessions.confirmedSessionsOf(
      owner.user_id,
      new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS),
      new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS),
    );
    return buildCalendar({
      method: 'PUBLISH',
      name: owner.locale === 'en' ? 'Attune sessions' : 'Attune-sessies',
      timeZone: owner.time_zone,
      refreshMinutes: 60,
      events: sessions.filter((s) => !s.cancelled).map(toIcsEvent),
      now,
    });
  }

  /**
   * The .ics file of one of the person's own confirmed bookings, to open in (or import into) a
   * calendar app; null for a booking that is not theirs or not confirmed. It is published, not
   * an invitation, and carries the same UID and SEQUENCE as the invitations by mail, so a later
   * change or cancellation by mail updates the same calendar entry.
   */
  async bookingCalendar(userId: string, bookingId: string, now = new Date()): Promise<string | null> {
    const session = await this.sessions.sessionOfOwnBooking(userId, bookingId);
    if (!session) return null;
    return buildCalendar({ method: 'PUBLISH', events: [toIcsEvent(session)], now });
  }
}
