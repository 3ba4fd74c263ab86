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
  /** The video link, if the session has one (the LOCATION when there is no room). */
  readonly videoUrl?: string | null;
  /** The session's page in the web app. */
  readonly url?: string | null;
  readonly cancelled?: boolean;
  readonly updatedAt?: Date | null;
}

/**
 * Where calendar files and the personal feed get a member's sessions from. The booking module
 * provides it (`CALENDAR_SESSION_SOURCE`); the calendar module only renders.
 */
export interface CalendarSessionSource {
  /** The member's CONFIRMED bookings whose session overlaps [from, to), one entry per session. */
  confirmedSessionsOf(userId: string, from: Date, to: Date): Promise<CalendarSession[]>;
  /** The session of one of the member's own CONFIRMED bookings; null for any other booking id. */
  sessionOfOwnBooking(userId: string, bookingId: string): Promise<CalendarSession | null>;
}

export const CALENDAR_SESSION_SOURCE = Symbol('CALENDAR_SESSION_SOURCE');
