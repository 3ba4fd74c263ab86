import { GqlClient, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';

const SETTINGS = `{ organisationSettings { organisationId name anonymityThreshold supportResources { name phone url description } } }`;
const UPDATE = `mutation($input: UpdateOrganisationSettingsInput!) {
  updateOrganisationSettings(input: $input) { anonymityThreshold supportResources { name phone url description } }
}`;

describe('organisation settings', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North'],
      people: { 'admin@test.nl': { admin: true }, 'lead@test.nl': { team: 'North', role: 'LEAD' }, 'anna@test.nl': { team: 'North' } },
    });
    await arrange(t.db, { organisation: 'Other org', teams: ['Elsewhere'], people: { 'otheradmin@test.nl': { admin: true } } });
    c = await clientsFor(t.baseUrl, ['admin@test.nl', 'lead@test.nl', 'anna@test.nl', 'otheradmin@test.nl']);
  });
  afterAll(() => t.close());

  it('shows the settings to org admins only, defaulting k to 5', async () => {
    const r = await c['admin@test.nl']!.ok<{ organisationSettings: { organisationId: string; anonymityThreshold: number; supportResources: unknown[] } }>(SETTINGS);
    expect(r.organisationSettings).toMatchObject({ organisationId: ids.organisationId, anonymityThreshold: 5, supportResources: [] });
    expect(errorCode(await c['lead@test.nl']!.gql(SETTINGS))).toBe('FORBIDDEN');
    expect(errorCode(await c['anna@test.nl']!.gql(SETTINGS))).toBe('FORBIDDEN');
    const foreign = await c['otheradmin@test.nl']!.gql(`query($o: ID) { organisationSettings(organisationId: $o) { name } }`, { o: ids.organisationId });
    expect(errorCode(foreign)).toBe('FORBIDDEN');
  });

  it('validates and stores support resources, readable by every member of the organisation', async () => {
    const bad = await c['admin@test.nl']!.gql(UPDATE, { input: { supportResources: [{ name: 'Huisarts', phone: 'bel me' }] } });
    expect([errorCode(bad), bad.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'supportResources.0.phone']);
    const noLink = await c['admin@test.nl']!.gql(UPDATE, { input: { supportResources: [{ name: 'Site', url: 'ftp://example.org' }] } });
    expect(noLink.errors?.[0]?.extensions?.field).toBe('supportResources.0.url');
    const ok = await c['admin@test.nl']!.ok<{ updateOrganisationSettings: { supportResources: unknown[] } }>(UPDATE, {
      input: {
        supportResources: [
          { name: ' 113 Zelfmoordpreventie ', phone: '0800-0113', url: 'https://www.113.nl', description: 'Dag en nacht' },
          { name: 'Vertrouwenspersoon', phone: '020-765 43 21' },
        ],
      },
    });
    expect(ok.updateOrganisationSettings.supportResources).toEqual([
      { name: '113 Zelfmoordpreventie', phone: '0800-0113', url: 'https://www.113.nl', description: 'Dag en nacht' },
      { name: 'Vertrouwenspersoon', phone: '020-765 43 21', url: null, description: null },
    ]);
    const member = await c['anna@test.nl']!.ok<{ supportResources: { name: string }[] }>(`{ supportResources { name } }`);
    expect(member.supportResources.map((r) => r.name)).toEqual(['113 Zelfmoordpreventie', 'Vertrouwenspersoon']);
    const other = await c['otheradmin@test.nl']!.ok<{ supportResources: unknown[] }>(`{ supportResources { name } }`);
    expect(other.supportResources).toEqual([]);
    const audit = await t.db.query(`SELECT details FROM audit_log WHERE action = 'ORGANISATION_SETTINGS_UPDATED' AND organisation_id = $1`, [ids.organisationId]);
    expect(audit.rows).toEqual([{ details: { supportResources: { from: 0, to: 2 } } }]);
  });

  it('never lets k go below 3, and only admins change it', async () => {
    for (const k of [2, 0, -1]) {
      const r = await c['admin@test.nl']!.gql(UPDATE, { input: { anonymityThreshold: k } });
      expect([errorCode(r), r.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'anonymityThreshold']);
    }
    expect(errorCode(await c['lead@test.nl']!.gql(UPDATE, { input: { anonymityThreshold: 7 } }))).toBe('FORBIDDEN');
    expect((await c['admin@test.nl']!.ok<{ updateOrganisationSettings: { anonymityThreshold: number } }>(UPDATE, { input: { anonymityThreshold: 3 } })).updateOrganisationSettings.anonymityThreshold).toBe(3);
    await expect(t.db.query(`UPDATE organisation SET anonymity_threshold = 2`)).rejects.toThrow(/check constraint/u);
  });
});
