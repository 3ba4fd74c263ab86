import type { CalendarSession } from './calendar-source';
import { sessionUid, type IcsEvent } from './ics';

/**
 * A session as an iCalendar event: the same UID in every mail, download and feed. A session
 * held only online shows its video link as the LOCATION, where calendar apps make it a link.
 */
export function toIcsEvent(s: CalendarSession): IcsEvent {
  return {
    uid: sessionUid(s.sessionId),
    sequence: s.sequence,
    start: s.start,
    end: s.end,
    timeZone: s.timeZone,
    summary: s.title,
    description: s.description ?? null,
    location: s.location ?? s.videoUrl ?? null,
    url: s.url ?? null,
    status: s.cancelled ? 'CANCELLED' : 'CONFIRMED',
    lastModified: s.updatedAt ?? null,
  };
}
