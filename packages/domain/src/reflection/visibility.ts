import type { ReflectionVisibility } from './reflection.js';

/**
 * What is true of the person who wants to read a reflection, relative to that reflection and its
 * session. The API gathers these facts from the database for every read; this module decides.
 */
export interface ReflectionViewerFacts {
  /** The viewer wrote the reflection. */
  readonly isAuthor: boolean;
  /** The viewer is the facilitator of the reflection's session. */
  readonly isSessionFacilitator: boolean;
  /** The viewer attended the reflection's session (a confirmed booking marked attended). */
  readonly attendedSession: boolean;
  /** The viewer currently belongs to the session's team, in any role. */
  readonly isTeamMember: boolean;
  /** The viewer leads the session's team. By itself this grants nothing (§4). */
  readonly isTeamLead: boolean;
  /** The viewer administers the team's organisation. By itself this grants nothing (§4). */
  readonly isOrgAdmin: boolean;
}

export interface ReflectionVisibilityFacts {
  readonly visibility: ReflectionVisibility;
}

/** In which capacity a viewer may read a reflection. */
export type ReflectionAudience = 'AUTHOR' | 'FACILITATOR' | 'ATTENDEE';

/**
 * PRODUCT.md §4, "who sees what", for reflections — the one place it is decided:
 *
 * | visibility  | author | peers (team members)         | facilitator | team lead            | org admin |
 * | ----------- | ------ | ---------------------------- | ----------- | -------------------- | --------- |
 * | PRIVATE     | yes    | no                           | no          | no                   | no        |
 * | FACILITATOR | yes    | no                           | yes         | no (unless facilitator) | no     |
 * | GROUP       | yes    | attendees of that session    | yes         | only if attendee     | no        |
 *
 * Leading the team or administering the organisation never opens a reflection: a lead sees one
 * only as its session's facilitator or attendee, like anyone else. Apart from the author, only
 * current members of the session's team see anything. Returns null when the viewer may not read it.
 */
export function reflectionAudience(reflection: ReflectionVisibilityFacts, viewer: ReflectionViewerFacts): ReflectionAudience | null {
  if (viewer.isAuthor) return 'AUTHOR';
  if (!viewer.isTeamMember) return null;
  switch (reflection.visibility) {
    case 'PRIVATE':
      return null;
    case 'FACILITATOR':
      return viewer.isSessionFacilitator ? 'FACILITATOR' : null;
    case 'GROUP':
      if (viewer.isSessionFacilitator) return 'FACILITATOR';
      return viewer.attendedSession ? 'ATTENDEE' : null;
    default:
      return null;
  }
}

/** Whether the viewer may read the reflection (its ratings, texts, author and visible responses). */
export function canSeeReflection(reflection: ReflectionVisibilityFacts, viewer: ReflectionViewerFacts): boolean {
  return reflectionAudience(reflection, viewer) !== null;
}

/** Peers who may see a shared reflection may respond to it; the author manages it instead. */
export function canRespondToReflection(reflection: ReflectionVisibilityFacts, viewer: ReflectionViewerFacts): boolean {
  const audience = reflectionAudience(reflection, viewer);
  return audience === 'FACILITATOR' || audience === 'ATTENDEE';
}

/** Only the author edits, re-shares, un-shares or deletes a reflection, and hides responses to it. */
export function canManageReflection(viewer: Pick<ReflectionViewerFacts, 'isAuthor'>): boolean {
  return viewer.isAuthor;
}

/**
 * A response is seen by whoever may see its reflection — except a hidden one, which only the
 * reflection's author still sees (marked hidden); peers, its writer included, no longer do.
 */
export function canSeePeerResponse(
  reflection: ReflectionVisibilityFacts,
  viewer: ReflectionViewerFacts,
  response: { readonly hidden: boolean },
): boolean {
  if (!canSeeReflection(reflection, viewer)) return false;
  return !response.hidden || viewer.isAuthor;
}
