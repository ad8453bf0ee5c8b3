import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed JSON document

const ROOT = join(__dirname, '..', '..', '..');
const CONTRACT = join(ROOT, 'libs', 'contracts', 'openapi.json');
const CLI = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const CONFIG = join(ROOT, 'tools', 'openapi', 'redocly.yaml');

interface LintProblem {
  ruleId: string;
  message: string;
  location: { pointer: string }[];
}

/** Redocly CLI with our rules (tools/openapi/redocly.yaml, par-rules.mjs) on one document file. */
function lint(file: string): { status: number | null; problems: LintProblem[] } {
  const run = spawnSync(process.execPath, [CLI, 'lint', file, '--config', CONFIG, '--format=json'], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    timeout: 120_000,
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  return { status: run.status, problems: (JSON.parse(json) as { problems: LintProblem[] }).problems };
}

/**
 * The OpenAPI linter of CI (`npm run lint:openapi`), run here so `npm test` keeps it: the committed
 * document passes, and each of our rules fails a document broken in its way.
 */
describe('OpenAPI linter (Redocly CLI + par rules)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-openapi-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on libs/contracts/openapi.json', () => {
    const { status, problems } = lint(CONTRACT);
    expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
    expect(status).toBe(0);
  });

  it('fails a document that breaks the rules, naming each rule', () => {
    const doc = JSON.parse(readFileSync(CONTRACT, 'utf8')) as Json;
    const periods = doc.paths['/api/v1/periods'];
    periods.get.operationId = 'Period_list'; // not lowerCamelCase
    delete periods.post.responses['201'].headers.Location; // 201 without Location
    delete periods.post.responses['401']; // protected without 401
    periods.get.responses['403'].content = { 'application/json': { schema: { type: 'object' } } }; // not problem+json
    doc.paths['/api/v1/periods/{id}'].get.parameters[0].schema = { type: 'string' }; // id without uuid
    doc.paths['/api/v1/criteria-sets/{id}'].delete.responses = {
      ...doc.paths['/api/v1/criteria-sets/{id}'].delete.responses,
      '200': { description: 'OK' },
    }; // DELETE answering 200
    delete doc.components.schemas.ResultsV1.example; // interchange format without example
    doc.components.schemas.CriteriaSetV1.example.year = 'năm 2026'; // example not matching its schema
    doc.components.schemas.StandingDto.properties.rankOf.type = 'number'; // whole number typed number
    doc.tags[0].description = undefined; // tag without description
    delete doc.paths['/api/v1/health'].get.description; // operation without description
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify(doc));
    const { status, problems } = lint(bad);
    expect(status).not.toBe(0);
    expect([...new Set(problems.map((p) => p.ruleId))].sort()).toEqual(
      [
        'no-invalid-schema-examples',
        'operation-description',
        'par/created-and-deleted',
        'par/interchange-schemas',
        'par/operation-id-lower-camel',
        'par/problem-responses',
        'par/protected-answers',
        'par/uuid-id-params',
        'par/whole-numbers-integer',
        'tag-description',
      ].sort(),
    );
  });
});
