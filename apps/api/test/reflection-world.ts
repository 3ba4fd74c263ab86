import type { Pool } from 'pg';
import { arrange } from './harness';

/** A session arranged directly in the database (the booking API is not needed to test reflections). */
export async function addSession(
  db: Pool,
  s: { teamId: string; kind: 'CARE' | 'SUPERVISION' | 'INTERVISION'; startsInDays: number; title?: string; facilitatorId?: string | null },
): Promise<string> {
  const r = await db.query<{ id: string }>(
    `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity, facilitator_id)
     VALUES ($1, $2, $3, now() + make_interval(days => $4), now() + make_interval(days => $4, hours => 1), 'Europe/Amsterdam', 20, $5)
     RETURNING id`,
    [s.teamId, s.kind, s.title ?? `${s.kind} session`, s.startsInDays, s.facilitatorId ?? null],
  );
  return r.rows[0]!.id;
}

/** A booking; `attended` true/false marks attendance (only for CONFIRMED), null leaves it unmarked. */
export async function addBooking(
  db: Pool,
  sessionId: string,
  userId: string,
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED' = 'CONFIRMED',
  attended: boolean | null = null,
): Promise<void> {
  await db.query(
    `INSERT INTO booking (session_id, user_id, status, attended, attendance_marked_at, cancelled_at)
     VALUES ($1, $2, $3, $4::boolean, CASE WHEN $4::boolean IS NULL THEN NULL ELSE now() END, CASE WHEN $3 = 'CANCELLED' THEN now() END)`,
    [sessionId, userId, status, attended],
  );
}

export const PEOPLE = {
  author: 'anna@north.test',
  peerAttendee: 'bea@north.test',
  peerNonAttendee: 'cas@north.test',
  facilitator: 'fenna@north.test',
  leadNonAttendee: 'leo@north.test',
  leadAttendee: 'lia@north.test',
  orgAdmin: 'ada@org.test',
  otherTeam: 'otto@south.test',
} as const;
export type Role = keyof typeof PEOPLE;
export const ROLES = Object.keys(PEOPLE) as Role[];

/**
 * Team North with one past CARE session ("the session") that the author, a peer and a lead
 * attended, a peer did not (booked, marked absent), facilitated by a member; a lead who did not
 * attend; an org admin outside the team; a member of team South.
 */
export async function arrangeReflectionWorld(db: Pool): Promise<{
  teams: Record<string, string>;
  users: Record<string, string>;
  sessionId: string;
}> {
  const w = await arrange(db, {
    teams: ['North', 'South'],
    people: {
      [PEOPLE.author]: { team: 'North' },
      [PEOPLE.peerAttendee]: { team: 'North' },
      [PEOPLE.peerNonAttendee]: { team: 'North' },
      [PEOPLE.facilitator]: { team: 'North' },
      [PEOPLE.leadNonAttendee]: { team: 'North', role: 'LEAD' },
      [PEOPLE.leadAttendee]: { team: 'North', role: 'LEAD' },
      [PEOPLE.orgAdmin]: { admin: true },
      [PEOPLE.otherTeam]: { team: 'South' },
    },
  });
  const u = (role: Role): string => w.users[PEOPLE[role]]!;
  const sessionId = await addSession(db, { teamId: w.teams.North!, kind: 'CARE', startsInDays: -3, title: 'Zorgsessie maart', facilitatorId: u('facilitator') });
  await addBooking(db, sessionId, u('author'), 'CONFIRMED', true);
  await addBooking(db, sessionId, u('peerAttendee'), 'CONFIRMED', true);
  await addBooking(db, sessionId, u('peerNonAttendee'), 'CONFIRMED', false);
  await addBooking(db, sessionId, u('leadAttendee'), 'CONFIRMED', true);
  return { teams: w.teams, users: w.users, sessionId };
}

export const REFLECTION_FIELDS = `
  id visibility attunement resonance chaosRigidity isMine canRespond createdAt updatedAt
  session { id teamId title kind startsAt endsAt }
  author { id displayName }
  nineFunctions { bodyRegulation attunedCommunication emotionalBalance fearModulation responseFlexibility insight empathy morality intuition }
  whatHappenedInMe bodySignals feelingsNamed attunementMoments resonanceFromOthers whatINeedNow
  responses { id reflectionId text hidden createdAt author { id displayName } }`;

export const WRITE = `mutation($input: WriteReflectionInput!) { writeReflection(input: $input) { ${REFLECTION_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateReflectionInput!) { updateReflection(id: $id, input: $input) { ${REFLECTION_FIELDS} } }`;
export const GET = `query($id: ID!) { reflection(id: $id) { ${REFLECTION_FIELDS} } }`;
export const SHARED = `query($sessionId: ID!) { sharedReflections(sessionId: $sessionId) { ${REFLECTION_FIELDS} } }`;
export const MINE = `query($filter: MyReflectionsFilter, $limit: Int) { myReflections(filter: $filter, limit: $limit) { ${REFLECTION_FIELDS} } }`;
export const RESPOND = `mutation($id: ID!, $text: String!) { respondToReflection(reflectionId: $id, text: $text) { id text hidden author { displayName } } }`;
export const HIDE = `mutation($id: ID!) { hidePeerResponse(id: $id) { id hidden text } }`;
export const UNHIDE = `mutation($id: ID!) { unhidePeerResponse(id: $id) { id hidden text } }`;
export const DELETE = `mutation($id: ID!) { deleteReflection(id: $id) }`;
