import type { BookingStatus } from '../booking/status.js';
import { DomainError, ErrorCode } from '../errors.js';
import type { SessionKind } from '../session/kinds.js';

/** The member's relation to the session they want to reflect on. */
export interface ReflectionEligibilityFacts {
  readonly sessionKind: SessionKind;
  readonly sessionCancelled: boolean;
  /** The member's booking on the session (the confirmed one if there are several), or null. */
  readonly booking: { readonly status: BookingStatus; readonly attended: boolean | null } | null;
}

export type ReflectionEligibility =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'SESSION_CANCELLED' | 'NOT_BOOKED' | 'NOT_ATTENDED' };

/**
 * A member may reflect on a session they attended (confirmed booking, marked attended), or on a
 * SUPERVISION session they hold a confirmed booking for, at any time (before or after, marked or not).
 * A cancelled session cannot be reflected on.
 */
export function reflectionEligibility(facts: ReflectionEligibilityFacts): ReflectionEligibility {
  if (facts.sessionCancelled) return { ok: false, reason: 'SESSION_CANCELLED' };
  const booking = facts.booking;
  if (!booking || booking.status !== 'CONFIRMED') return { ok: false, reason: 'NOT_BOOKED' };
  if (facts.sessionKind === 'SUPERVISION') return { ok: true };
  return booking.attended === true ? { ok: true } : { ok: false, reason: 'NOT_ATTENDED' };
}

/** Throws the API error for an ineligible session: CONFLICT when cancelled, else FORBIDDEN on `sessionId`. */
export function assertMayReflect(facts: ReflectionEligibilityFacts, field = 'sessionId'): void {
  const result = reflectionEligibility(facts);
  if (result.ok) return;
  switch (result.reason) {
    case 'SESSION_CANCELLED':
      throw new DomainError(ErrorCode.CONFLICT, 'This session was cancelled', field, { reason: result.reason });
    case 'NOT_BOOKED':
      throw new DomainError(ErrorCode.FORBIDDEN, 'You can only reflect on a session you were booked on', field, { reason: result.reason });
    case 'NOT_ATTENDED':
      throw new DomainError(ErrorCode.FORBIDDEN, 'You can reflect on this session once your attendance is marked', field, {
        reason: result.reason,
      });
  }
}
