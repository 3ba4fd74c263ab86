import { DataSource } from 'typeorm';
import { ReflectionService } from '../src/modules/reflection/reflection.service';
import { clientsFor, startTestApp, type TestApp } from './harness';
import { HIDE, PEOPLE, RESPOND, WRITE, addBooking, addSession, arrangeReflectionWorld } from './reflection-world';

describe('reflections: personal data export and erasure (for the GDPR registry)', () => {
  let t: TestApp;
  let users: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const w = await arrangeReflectionWorld(t.db);
    users = w.users;
    const c = await clientsFor(t.baseUrl, [PEOPLE.author, PEOPLE.peerAttendee, PEOPLE.leadAttendee]);
    const mine = await c[PEOPLE.author]!.ok<{ writeReflection: { id: string } }>(WRITE, {
      input: { sessionId: w.sessionId, attunement: 2, resonance: 3, visibility: 'GROUP', nineFunctions: { empathy: 4 }, whatINeedNow: 'Een pauze' },
    });
    const fromPeer = await c[PEOPLE.peerAttendee]!.ok<{ respondToReflection: { id: string } }>(RESPOND, { id: mine.writeReflection.id, text: 'Sterkte' });
    await c[PEOPLE.leadAttendee]!.ok(RESPOND, { id: mine.writeReflection.id, text: 'Goed gezegd' });
    await c[PEOPLE.author]!.ok(HIDE, { id: fromPeer.respondToReflection.id });
    const peers = await c[PEOPLE.peerAttendee]!.ok<{ writeReflection: { id: string } }>(WRITE, {
      input: { sessionId: w.sessionId, attunement: 6, resonance: 6, visibility: 'GROUP', whatHappenedInMe: 'Van de peer' },
    });
    await c[PEOPLE.author]!.ok(RESPOND, { id: peers.writeReflection.id, text: 'Mijn reactie aan de peer' });
    // Another session the author reflected on privately.
    const sup = await addSession(t.db, { teamId: w.teams.North!, kind: 'SUPERVISION', startsInDays: 2 });
    await addBooking(t.db, sup, users[PEOPLE.author]!);
    await c[PEOPLE.author]!.ok(WRITE, { input: { sessionId: sup, attunement: 5, resonance: 5, bodySignals: 'Rustig' } });
  });
  afterAll(() => t.close());

  it('exports a person\'s reflections opened, with the responses they received, and the responses they wrote', async () => {
    const svc = t.app.get(ReflectionService);
    const out = await t.app.get(DataSource).transaction((m) => svc.exportReflectionsOf(m, users[PEOPLE.author]!));
    expect(out.reflections).toHaveLength(2);
    const group = out.reflections.find((r) => r.visibility === 'GROUP')!;
    expect(group).toMatchObject({ attunement: 2, resonance: 3, whatINeedNow: 'Een pauze', bodySignals: null });
    expect(group.nineFunctions).toMatchObject({ empathy: 4, insight: null });
    expect(group.responses).toEqual([
      expect.objectContaining({ text: 'Sterkte', author: 'bea', hidden: true }),
      expect.objectContaining({ text: 'Goed gezegd', author: 'lia', hidden: false }),
    ]);
    expect(out.reflections.find((r) => r.visibility === 'PRIVATE')).toMatchObject({ bodySignals: 'Rustig' });
    expect(out.responsesWritten).toEqual([expect.objectContaining({ text: 'Mijn reactie aan de peer', hiddenByAuthor: false })]);
    // The peer's reflection that was responded to is not part of the author's export.
    expect(JSON.stringify(out)).not.toContain('Van de peer');
  });

  it('erases a person\'s reflections (with every response to them) and the responses they wrote, nobody else\'s', async () => {
    const svc = t.app.get(ReflectionService);
    const erased = await t.app.get(DataSource).transaction((m) => svc.eraseReflectionsOf(m, users[PEOPLE.author]!));
    expect(erased).toEqual({ reflections: 2, responses: 1 });
    const left = await t.db.query(`SELECT author_id FROM reflection`);
    expect(left.rows.map((r) => r.author_id)).toEqual([users[PEOPLE.peerAttendee]]);
    const responses = await t.db.query(`SELECT count(*)::int AS n FROM peer_response`);
    expect(responses.rows[0].n).toBe(0);
  });
});
