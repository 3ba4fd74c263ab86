import { describe, expect, it } from 'vitest';
import {
  canManageReflection,
  canRespondToReflection,
  canSeePeerResponse,
  canSeeReflection,
  reflectionAudience,
  type ReflectionViewerFacts,
  type ReflectionVisibility,
} from '../../index.js';

const nobody: ReflectionViewerFacts = {
  isAuthor: false,
  isSessionFacilitator: false,
  attendedSession: false,
  isTeamMember: false,
  isTeamLead: false,
  isOrgAdmin: false,
};
const member = { ...nobody, isTeamMember: true };

/** Each kind of viewer from PRODUCT.md §4, with the facts the API would gather about them. */
const viewers = {
  author: { ...member, isAuthor: true, attendedSession: true },
  peerAttendee: { ...member, attendedSession: true },
  peerNonAttendee: member,
  facilitator: { ...member, isSessionFacilitator: true },
  leadNonAttendee: { ...member, isTeamLead: true },
  leadAttendee: { ...member, isTeamLead: true, attendedSession: true },
  leadFacilitator: { ...member, isTeamLead: true, isSessionFacilitator: true },
  orgAdmin: { ...nobody, isOrgAdmin: true },
  orgAdminAlsoAttendee: { ...member, isOrgAdmin: true, attendedSession: true },
  otherTeam: nobody,
  formerMemberWhoAttended: { ...nobody, attendedSession: true },
  formerFacilitator: { ...nobody, isSessionFacilitator: true },
  authorWhoLeftTheTeam: { ...nobody, isAuthor: true },
} satisfies Record<string, ReflectionViewerFacts>;
type Viewer = keyof typeof viewers;

/** The table itself: who sees a reflection of each visibility. */
const table: Record<Viewer, Record<ReflectionVisibility, boolean>> = {
  author: { PRIVATE: true, FACILITATOR: true, GROUP: true },
  peerAttendee: { PRIVATE: false, FACILITATOR: false, GROUP: true },
  peerNonAttendee: { PRIVATE: false, FACILITATOR: false, GROUP: false },
  facilitator: { PRIVATE: false, FACILITATOR: true, GROUP: true },
  leadNonAttendee: { PRIVATE: false, FACILITATOR: false, GROUP: false },
  leadAttendee: { PRIVATE: false, FACILITATOR: false, GROUP: true },
  leadFacilitator: { PRIVATE: false, FACILITATOR: true, GROUP: true },
  orgAdmin: { PRIVATE: false, FACILITATOR: false, GROUP: false },
  orgAdminAlsoAttendee: { PRIVATE: false, FACILITATOR: false, GROUP: true },
  otherTeam: { PRIVATE: false, FACILITATOR: false, GROUP: false },
  formerMemberWhoAttended: { PRIVATE: false, FACILITATOR: false, GROUP: false },
  formerFacilitator: { PRIVATE: false, FACILITATOR: false, GROUP: false },
  authorWhoLeftTheTeam: { PRIVATE: true, FACILITATOR: true, GROUP: true },
};

const cells = (Object.keys(table) as Viewer[]).flatMap((viewer) =>
  (['PRIVATE', 'FACILITATOR', 'GROUP'] as const).map((visibility) => ({ viewer, visibility, sees: table[viewer][visibility] })),
);

describe('who sees a reflection (PRODUCT.md §4)', () => {
  it.each(cells)('$viewer, $visibility reflection → sees: $sees', ({ viewer, visibility, sees }) => {
    expect(canSeeReflection({ visibility }, viewers[viewer])).toBe(sees);
  });

  it('never lets the lead or org-admin role alone open any reflection', () => {
    for (const visibility of ['PRIVATE', 'FACILITATOR', 'GROUP'] as const) {
      expect(canSeeReflection({ visibility }, { ...member, isTeamLead: true, isOrgAdmin: true })).toBe(false);
      expect(canSeeReflection({ visibility }, { ...nobody, isTeamLead: true, isOrgAdmin: true })).toBe(false);
    }
  });

  it('opens a PRIVATE reflection to its author only, whatever else is true of a viewer', () => {
    const everythingButAuthor = { ...nobody, isSessionFacilitator: true, attendedSession: true, isTeamMember: true, isTeamLead: true, isOrgAdmin: true };
    expect(canSeeReflection({ visibility: 'PRIVATE' }, everythingButAuthor)).toBe(false);
    expect(canSeeReflection({ visibility: 'PRIVATE' }, { ...nobody, isAuthor: true })).toBe(true);
  });

  it('refuses a visibility it does not know', () => {
    expect(canSeeReflection({ visibility: 'PUBLIC' as ReflectionVisibility }, viewers.facilitator)).toBe(false);
  });

  it('names the capacity a viewer reads in', () => {
    expect(reflectionAudience({ visibility: 'GROUP' }, viewers.author)).toBe('AUTHOR');
    expect(reflectionAudience({ visibility: 'GROUP' }, viewers.leadFacilitator)).toBe('FACILITATOR');
    expect(reflectionAudience({ visibility: 'GROUP' }, viewers.peerAttendee)).toBe('ATTENDEE');
    expect(reflectionAudience({ visibility: 'FACILITATOR' }, viewers.peerAttendee)).toBeNull();
  });
});

describe('responding and managing', () => {
  it.each(cells)('$viewer may respond to a $visibility reflection exactly when a peer who sees it', ({ viewer, visibility, sees }) => {
    const isAuthor = viewers[viewer].isAuthor;
    expect(canRespondToReflection({ visibility }, viewers[viewer])).toBe(sees && !isAuthor);
  });

  it('lets only the author manage a reflection', () => {
    for (const [name, facts] of Object.entries(viewers)) expect(canManageReflection(facts)).toBe(name.startsWith('author'));
  });

  it('shows hidden responses to the reflection author only, and no response to someone who cannot see the reflection', () => {
    for (const hidden of [false, true]) {
      expect(canSeePeerResponse({ visibility: 'GROUP' }, viewers.author, { hidden })).toBe(true);
      expect(canSeePeerResponse({ visibility: 'GROUP' }, viewers.peerAttendee, { hidden })).toBe(!hidden);
      expect(canSeePeerResponse({ visibility: 'GROUP' }, viewers.facilitator, { hidden })).toBe(!hidden);
      expect(canSeePeerResponse({ visibility: 'GROUP' }, viewers.leadNonAttendee, { hidden })).toBe(false);
      // After un-sharing, responses vanish for peers along with the reflection.
      expect(canSeePeerResponse({ visibility: 'PRIVATE' }, viewers.peerAttendee, { hidden })).toBe(false);
      expect(canSeePeerResponse({ visibility: 'PRIVATE' }, viewers.author, { hidden })).toBe(true);
    }
  });
});
