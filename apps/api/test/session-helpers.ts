import type { Pool } from 'pg';
import type { GqlClient } from './harness';

/** Shared GraphQL documents and helpers for the session and booking tests. */

export const CREATE_SESSION = `mutation($input: CreateSessionInput!) {
  createSession(input: $input) { id kind title startsAt endsAt timeZone capacity confirmedCount waitlistCount seatsLeft facilitator { id displayName } }
}`;
export const BOOK = `mutation($id: ID!) { bookSession(sessionId: $id) { id status waitlistPosition member { id } } }`;
export const CANCEL_BOOKING = `mutation($id: ID!) { cancelBooking(bookingId: $id) { id status } }`;
export const MARK = `mutation($id: ID!, $a: Boolean!) { markAttendance(bookingId: $id, attended: $a) { id attended attendanceMarkedAt } }`;
export const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateSessionInput!) {
  updateSession(id: $id, input: $input) { id title startsAt endsAt location videoUrl capacity confirmedCount waitlistCount }
}`;
export const CANCEL_SESSION = `mutation($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id cancelledAt cancelReason confirmedCount waitlistCount } }`;

export interface BookingResult {
  id: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
  waitlistPosition: number | null;
  member: { id: string };
}

const HOUR = 3_600_000;
let nextSlot = 0;

/**
 * A time slot `daysAhead` days from now, distinct from every other slot handed out in this
 * process, so sessions of different tests never overlap unless a test makes them.
 */
export function slot(daysAhead = 20, hours = 1): { startsAt: string; endsAt: string } {
  const base = Math.floor(Date.now() / HOUR) * HOUR + daysAhead * 24 * HOUR + nextSlot * 2 * HOUR;
  nextSlot += Math.ceil(hours) + 1;
  return { startsAt: new Date(base).toISOString(), endsAt: new Date(base + hours * HOUR).toISOString() };
}

export async function newSession(
  lead: GqlClient,
  teamId: string,
  patch: Record<string, unknown> = {},
): Promise<{ id: string; capacity: number }> {
  const r = await lead.ok<{ createSession: { id: string; capacity: number } }>(CREATE_SESSION, {
    input: { teamId, kind: 'SUPERVISION', title: 'Supervisie', capacity: 8, location: 'Kamer 1', ...slot(), ...patch },
  });
  return r.createSession;
}

export async function book(client: GqlClient, sessionId: string): Promise<BookingResult> {
  return (await client.ok<{ bookSession: BookingResult }>(BOOK, { id: sessionId })).bookSession;
}

/** Moves a session into the past (or anywhere) directly in the database, for attendance tests. */
export async function moveSession(db: Pool, sessionId: string, startsAt: Date, endsAt: Date): Promise<void> {
  await db.query(`UPDATE session SET starts_at = $2, ends_at = $3 WHERE id = $1`, [sessionId, startsAt, endsAt]);
}

/** The stored truth about a session's seats. */
export async function seatCounts(
  db: Pool,
  sessionId: string,
): Promise<{ capacity: number; counter: number; confirmed: number; waitlisted: number }> {
  const r = await db.query<{ capacity: number; counter: number; confirmed: number; waitlisted: number }>(
    `SELECT s.capacity, s.confirmed_count AS counter,
            (SELECT count(*)::int FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED') AS confirmed,
            (SELECT count(*)::int FROM booking b WHERE b.session_id = s.id AND b.status = 'WAITLISTED') AS waitlisted
       FROM session s WHERE s.id = $1`,
    [sessionId],
  );
  return r.rows[0]!;
}

/** Local wall-clock 'HH:MM' of an ISO instant in a zone. */
export function localTime(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}
