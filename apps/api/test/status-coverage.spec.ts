import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCoverage, type AnswerRecord } from './support/status-coverage';

const CONTRACT = join(__dirname, '..', '..', '..', 'libs', 'contracts', 'openapi.json');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed JSON document

/**
 * The checker the global teardown runs over every answer of the test run (support/status-coverage.ts):
 * here on hand-made answers against the committed document, so that it is seen to fail.
 */
describe('status-coverage walk', () => {
  const doc = JSON.parse(readFileSync(CONTRACT, 'utf8')) as Json;
  const answers: AnswerRecord[] = [
    { method: 'GET', path: '/api/v1/periods', status: 200 },
    { method: 'GET', path: '/api/v1/periods/6f1c2a7e-3b1d-4f7a-9a53-2d8f0c1e4b5a', status: 404 },
    { method: 'POST', path: '/api/v1/periods', status: 201, location: true },
    { method: 'DELETE', path: '/api/v1/api-keys/6f1c2a7e-3b1d-4f7a-9a53-2d8f0c1e4b5a', status: 204 },
    { method: 'GET', path: '/api/v1/survey/sample-size', status: 400 },
    { method: 'GET', path: '/index.html', status: 200 },
    { method: 'GET', path: '/api/v1/no-such-route', status: 404 },
  ];

  it('passes when every answered status is documented for its operation', () => {
    const report = checkCoverage(doc, answers);
    expect(report.undocumented).toEqual([]);
    expect(report.createdWithoutLocation).toEqual([]);
    expect(report.operationsCalled).toBe(5);
    expect(report.covered).toBe(5);
  });

  it('fails, naming the operation, when the document lacks a status the API answered', () => {
    const trimmed = structuredClone(doc);
    delete trimmed.paths['/api/v1/periods/{id}'].get.responses['404'];
    delete trimmed.paths['/api/v1/api-keys/{id}'].delete.responses['204'];
    expect(checkCoverage(trimmed, answers).undocumented).toEqual([
      'DELETE /api/v1/api-keys/{id} 204 (1 answers)',
      'GET /api/v1/periods/{id} 404 (1 answers)',
    ]);
    expect(
      checkCoverage(doc, [{ method: 'GET', path: '/api/v1/periods', status: 418 }]).undocumented,
    ).toEqual(['GET /api/v1/periods 418 (1 answers)']);
  });

  it('fails when a 201 came without Location', () => {
    expect(
      checkCoverage(doc, [{ method: 'POST', path: '/api/v1/periods', status: 201, location: false }])
        .createdWithoutLocation,
    ).toEqual(['POST /api/v1/periods']);
  });

  it('prefers the literal route over a parameter (`/periods/{id}/results/snapshots` is not `{snapshotId}`)', () => {
    const report = checkCoverage(doc, [
      {
        method: 'GET',
        path: '/api/v1/periods/6f1c2a7e-3b1d-4f7a-9a53-2d8f0c1e4b5a/results/snapshots',
        status: 200,
      },
    ]);
    expect(report.operationsCalled).toBe(1);
    expect(report.undocumented).toEqual([]);
  });
});
