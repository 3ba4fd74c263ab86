import { lead } from '../../../test/render';

export const SESSION = '44444444-4444-4444-8444-444444444444';
export const REFLECTION = '55555555-5555-4555-8555-555555555555';
export const TEAM = '11111111-1111-4111-8111-111111111111';

export const member = { ...lead, id: '00000000-0000-4000-8000-000000000002', email: 'sanne@attune.demo', displayName: 'Sanne de Vries' };
export const peer = { id: '00000000-0000-4000-8000-000000000003', displayName: 'Joost Bakker' };

const noFunctions = {
  __typename: 'NineFunctions',
  bodyRegulation: null,
  attunedCommunication: null,
  emotionalBalance: null,
  fearModulation: null,
  responseFlexibility: null,
  insight: null,
  empathy: null,
  morality: null,
  intuition: null,
};

export const reflectionSession = {
  __typename: 'ReflectionSession',
  id: SESSION,
  title: 'Zorgsessie maart',
  kind: 'CARE',
  startsAt: '2026-03-10T14:00:00.000Z',
  endsAt: '2026-03-10T15:30:00.000Z',
  teamId: TEAM,
};

/** A reflection as the API returns it (with responses), written by `member` unless said otherwise. */
export function reflectionData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Reflection',
    id: REFLECTION,
    visibility: 'PRIVATE',
    attunement: 5,
    resonance: 4,
    chaosRigidity: null,
    whatHappenedInMe: null,
    bodySignals: null,
    feelingsNamed: null,
    attunementMoments: null,
    resonanceFromOthers: null,
    whatINeedNow: null,
    nineFunctions: noFunctions,
    isMine: true,
    canRespond: false,
    createdAt: '2026-03-10T16:00:00.000Z',
    updatedAt: '2026-03-10T16:00:00.000Z',
    author: { __typename: 'ReflectionPerson', id: member.id, displayName: member.displayName },
    session: reflectionSession,
    responses: [],
    ...overrides,
  };
}

export function responseData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PeerResponse',
    id: '66666666-6666-4666-8666-666666666666',
    reflectionId: REFLECTION,
    text: 'Thank you for sharing this.',
    hidden: false,
    createdAt: '2026-03-11T09:00:00.000Z',
    author: { __typename: 'ReflectionPerson', id: peer.id, displayName: peer.displayName },
    ...overrides,
  };
}

export const team = (id: string, name: string) => ({
  __typename: 'Team',
  id,
  name,
  timeZone: 'Europe/Amsterdam',
  myRole: 'MEMBER',
  organisation: { __typename: 'Organisation', id: lead.organisationId, name: 'Centrum Veerkracht' },
});

/** A confirmed booking of mine, with what the reflection pages ask of its session. */
export function bookingData(
  id: string,
  session: { id: string; title: string; kind?: string; startsAt: string; canReflect: boolean; myReflection?: { id: string } | null },
) {
  const start = new Date(session.startsAt);
  return {
    __typename: 'Booking',
    id,
    status: 'CONFIRMED',
    session: {
      __typename: 'Session',
      id: session.id,
      title: session.title,
      kind: session.kind ?? 'CARE',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
      cancelledAt: null,
      canReflect: session.canReflect,
      myReflection: session.myReflection ? { __typename: 'Reflection', id: session.myReflection.id } : null,
      team: { __typename: 'Team', id: TEAM, name: 'Traumateam Oost' },
    },
  };
}
