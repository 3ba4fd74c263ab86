import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen';

const WEB = resolve(import.meta.dirname, '../../..');

/** src/generated is committed: it must be what `npm run codegen` makes from schema.gql now. */
describe('generated GraphQL types', () => {
  it('are up to date with apps/api/schema.gql and the operations (run `npm run codegen`)', async () => {
    const outputs = await generate({ ...config, cwd: WEB, silent: true, verbose: false }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const onDisk = readFileSync(resolve(WEB, output.filename), 'utf8');
      expect(onDisk, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
