import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, type TestApp } from './harness';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const HEADER = '# Generated from the code-first resolvers by `npm run schema`. Do not edit.\n\n';

/** The checked-in schema.gql must equal the schema the code builds; CI fails when it is stale. */
describe('schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is current', () => {
    const built = HEADER + printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n';
    let current: string;
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      current = '';
    }
    if (built !== current && (process.env.UPDATE_SCHEMA === '1' || (!process.env.CI && process.env.UPDATE_SCHEMA !== '0'))) {
      writeFileSync(SCHEMA_FILE, built);
      if (process.env.UPDATE_SCHEMA === '1') return;
      throw new Error('apps/api/schema.gql was stale and has been regenerated: review and commit it');
    }
    expect(current).toBe(built);
  });
});
