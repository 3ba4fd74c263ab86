import { Injectable } from '@nestjs/common';

/** One session as a calendar shows it; what the feed and the .ics files are built from. */
export interface CalendarSession {
  readonly sessionId: string;
  /** Raised whenever the session's time, place or status changes (iCalendar SEQUENCE). */
  readonly sequence: number;
  readonly start: Date;
  readonly end: Date;
  /** IANA zone the session is held in. */
  readonly timeZone: string;
  readonly title: string;
  readonly description?: string | null;
  readonly location?: string | null;
  readonly url?: string | null;
  readonly cancelled?: boolean;
  readonly updatedAt?: Date | null;
}

/**
 * Where the personal feed gets a member's sessions from. The booking module provides the real
 * one (`{ provide: CALENDAR_SESSION_SOURCE, useClass: ... }`); until then the feed is empty.
 */
export interface CalendarSessionSource {
  /** The member's CONFIRMED bookings whose session overlaps [from, to), one entry per session. */
  confirmedSessionsOf(userId: string, from: Date, to: Date): Promise<CalendarSession[]>;
}

export const CALENDAR_SESSION_SOURCE = Symbol('CALENDAR_SESSION_SOURCE');

@Injectable()
export class NoSessionsYet implements CalendarSessionSource {
  confirmedSessionsOf(): Promise<CalendarSession[]> {
    return Promise.resolve([]);
  }
}
