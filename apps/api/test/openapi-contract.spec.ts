import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/test-app';

const CONTRACT = join(__dirname, '..', '..', '..', 'libs', 'contracts', 'openapi.json');

/**
 * The OpenAPI document is committed (libs/contracts/openapi.json) and the SPA's types are generated from
 * it. This test fails when the API and the committed contract differ; `npm run contracts` refreshes both.
 */
describe('OpenAPI contract', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('matches libs/contracts/openapi.json', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    const current = `${JSON.stringify(res.body, null, 2)}\n`;
    if (process.env.UPDATE_CONTRACTS === '1') await writeFile(CONTRACT, current);
    const committed = await readFile(CONTRACT, 'utf8').catch(() => '');
    if (committed !== current) {
      throw new Error(
        'libs/contracts/openapi.json is out of date: run `npm run contracts` and commit the result',
      );
    }
  });
});
