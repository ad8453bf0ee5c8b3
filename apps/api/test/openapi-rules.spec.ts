import { parseAssessments, parseCriteriaSet } from '@par/scoring';
import { getMetadataStorage } from 'class-validator';
import { readFormsJson } from '../src/survey/survey-form-file';
import { RouteCatalog, type RouteInfo } from '../src/auth/route-catalog';
import { createTestApp, type TestApp } from './support/test-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed JSON document

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const PROBLEM = 'application/problem+json';

/**
 * The rules the served OpenAPI document must keep for integrators (issue #21): every operation names its
 * errors, its security and who may call it, with readable ids, uuid formats and integer fields. Each rule
 * lists the operations that break it, so a new controller without them fails here.
 */
describe('OpenAPI document rules', () => {
  let t: TestApp;
  let doc: Json;
  let ops: Array<{ where: string; path: string; method: string; op: Json; route: RouteInfo | undefined }>;

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http().get('/api/docs-json').expect(200)).body as Json;
    const routes = new Map(
      t.app
        .get(RouteCatalog)
        .routes()
        .map((r) => [`${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`, r]),
    );
    ops = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      METHODS.filter((m) => (item as Json)[m]).map((method) => ({
        where: `${method.toUpperCase()} ${path}`,
        path,
        method,
        op: (item as Json)[method] as Json,
        route: routes.get(`${method} ${path}`),
      })),
    );
  });
  afterAll(() => t.close());

  const offenders = (test: (o: (typeof ops)[number]) => boolean) =>
    ops.filter((o) => !test(o)).map((o) => o.where);

  it('covers every route of the catalog', () => {
    expect(ops.length).toBeGreaterThan(50);
    expect(offenders((o) => o.route !== undefined)).toEqual([]);
  });

  it('gives every operation a unique lowerCamelCase operationId', () => {
    expect(offenders((o) => /^[a-z][a-zA-Z0-9]*$/.test(o.op.operationId ?? ''))).toEqual([]);
    const ids = ops.map((o) => o.op.operationId as string);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const byId = Object.fromEntries(ops.map((o) => [o.op.operationId, o.where]));
    expect(byId.listPeriods).toBe('GET /api/v1/periods');
    expect(byId.getPeriod).toBe('GET /api/v1/periods/{id}');
  });

  it('describes every operation and every success answer', () => {
    expect(offenders((o) => Boolean(o.op.description?.trim()))).toEqual([]);
    expect(
      offenders((o) => {
        const success = Object.keys(o.op.responses ?? {}).filter((s) => /^2/.test(s));
        return success.length > 0 && success.every((s) => Boolean(o.op.responses[s].description?.trim()));
      }),
    ).toEqual([]);
  });

  it('has a named Problem schema and answers every error as application/problem+json', () => {
    const problem = doc.components.schemas.Problem as Json;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'messages']));
    expect(Object.keys(problem.properties)).toEqual(
      expect.arrayContaining(['detail', 'instance', 'requestId', 'errors']),
    );
    const errors = (op: Json) => Object.keys(op.responses ?? {}).filter((s) => /^[45]/.test(s));
    expect(offenders((o) => errors(o.op).length > 0)).toEqual([]);
    expect(
      offenders((o) =>
        errors(o.op).every((s) => {
          const content = o.op.responses[s].content?.[PROBLEM];
          const codes: string[] = content?.schema?.allOf?.[1]?.properties?.code?.enum ?? [];
          return (
            content?.schema?.allOf?.[0]?.$ref === '#/components/schemas/Problem' &&
            codes.length > 0 &&
            codes.every((c) => o.op.responses[s].description.includes(c))
          );
        }),
      ),
    ).toEqual([]);
  });

  it('documents 401 and 403 on every protected route, 404 with path parameters, 400 with a body', () => {
    expect(
      offenders((o) => o.route!.public || Boolean(o.op.responses['401'] && o.op.responses['403'])),
    ).toEqual([]);
    expect(offenders((o) => !o.path.includes('{') || Boolean(o.op.responses['404']))).toEqual([]);
    expect(offenders((o) => !o.op.requestBody || Boolean(o.op.responses['400']))).toEqual([]);
  });

  it('lists the codes the handlers raise, found in the code', () => {
    const codes = (where: string, status: string): string[] =>
      ops.find((o) => o.where === where)?.op.responses[status]?.content?.[PROBLEM]?.schema?.allOf?.[1]
        ?.properties?.code?.enum ?? [];
    expect(codes('POST /api/v1/periods/{id}/state', '409')).toContain('PERIOD_STATE_CONFLICT');
    expect(codes('POST /api/v1/auth/login', '401')).toContain('INVALID_CREDENTIALS');
    expect(codes('GET /api/v1/auth/me', '401')).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'TOKEN_INVALID']),
    );
    expect(codes('GET /api/v1/auth/me', '403')).not.toContain('PASSWORD_CHANGE_REQUIRED');
    expect(codes('GET /api/v1/periods', '403')).toContain('PASSWORD_CHANGE_REQUIRED');
  });

  it('states the security each route really has, and who may call it, in the description', () => {
    expect(
      offenders((o) => {
        const schemes = (o.op.security ?? doc.security ?? []).flatMap((r: Json) => Object.keys(r)).sort();
        if (o.route!.public) return Array.isArray(o.op.security) && o.op.security.length === 0;
        const expected = o.route!.apiKeyScopes.length ? ['api-key', 'bearer'] : ['bearer'];
        return JSON.stringify(schemes) === JSON.stringify(expected);
      }),
    ).toEqual([]);
    expect(
      offenders((o) => {
        const text = o.op.description ?? '';
        if (o.route!.public) return /public/.test(text);
        const roles = o.route!.roles.includes('*') ? ['any signed-in user'] : o.route!.roles;
        return (
          roles.every((r) => text.includes(r)) &&
          o.route!.apiKeyScopes.every((s) => text.includes(`\`${s}\``))
        );
      }),
    ).toEqual([]);
  });

  it('formats id path parameters as uuid', () => {
    expect(
      offenders((o) =>
        (o.op.parameters ?? [])
          .filter((p: Json) => p.in === 'path' && /(^id|Id)$/.test(p.name))
          .every((p: Json) => p.schema?.format === 'uuid'),
      ),
    ).toEqual([]);
  });

  it('types @IsInt fields as integer and shows the validation limits', () => {
    const schemas = doc.components.schemas as Json;
    const metas = [
      ...(
        getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, Json[]> }
      ).validationMetadatas.values(),
    ].flat();
    const wrong: string[] = [];
    for (const meta of metas) {
      const prop = schemas[(meta.target as { name: string }).name]?.properties?.[meta.propertyName];
      if (!prop || prop.$ref || prop.allOf) continue;
      const value = prop.type === 'array' && meta.each ? prop.items : prop;
      const where = `${(meta.target as { name: string }).name}.${meta.propertyName}`;
      if (meta.name === 'isInt' && value.type !== 'integer') wrong.push(`${where}: ${value.type}`);
      if (meta.name === 'maxLength' && value.maxLength === undefined) wrong.push(`${where}: no maxLength`);
      if (meta.name === 'max' && value.maximum === undefined) wrong.push(`${where}: no maximum`);
      if (meta.name === 'min' && value.minimum === undefined) wrong.push(`${where}: no minimum`);
    }
    expect(wrong).toEqual([]);
    // Query DTOs too: the audit page and the appraisal queue page through validated integers.
    const query = (opId: string, name: string) =>
      ops.find((o) => o.op.operationId === opId)?.op.parameters.find((p: Json) => p.name === name)?.schema;
    expect(query('listAudits', 'pageSize')).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    expect(query('getAssessmentAppraisalQueue', 'page')).toMatchObject({ type: 'integer', minimum: 1 });
  });

  it('types whole-number fields by their names (counts, versions, years, ranks, sizes) as integer', () => {
    // Response DTOs carry no validators: a field named like a count must say `integer` itself.
    const whole =
      /^(version|year|total|page|pageSize|seq|rank|fromRank|toRank|rankChange|round|size|sizeBytes|\w*Count|leaves|filled|updated|imported|skipped|received|pending|unread|marked|quota|codesIssued|codesUsed|minResponses|population|sampleSize|sortOrder|row|expiresIn|appealDays|evidenceMaxBytes|publicationVersion|supersedes|supersededBy|warnings|rankOf|rankLow|rankMedian|rankHigh|iterations|seed|depth|perturbedLeaves|overClaimedLeaves|underClaimedLeaves|cutLeaves|progress|created|unchanged)$/;
    const wrong: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas as Json)) {
      for (const [field, prop] of Object.entries((schema as Json).properties ?? {})) {
        const value = (prop as Json).type === 'array' ? (prop as Json).items : (prop as Json);
        if (whole.test(field) && value?.type === 'number') wrong.push(`${name}.${field}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names the four interchange formats, used by their routes, with demo examples the parsers accept', () => {
    const schemas = doc.components.schemas as Json;
    const refOf = (schema: Json | undefined): string | undefined =>
      schema?.$ref ?? schema?.allOf?.[0]?.$ref ?? schema?.items?.$ref;
    const body = (opId: string) =>
      refOf(
        ops.find((o) => o.op.operationId === opId)?.op.requestBody?.content?.['application/json']?.schema,
      );
    const answer = (opId: string) =>
      refOf(
        ops.find((o) => o.op.operationId === opId)?.op.responses['200']?.content?.['application/json']
          ?.schema,
      );
    expect(body('importCriteriaSetV1')).toBe('#/components/schemas/CriteriaSetV1');
    expect(answer('exportCriteriaSetV1')).toBe('#/components/schemas/CriteriaSetV1');
    expect(body('importAssessment')).toBe('#/components/schemas/AssessmentsV1');
    expect(answer('getResults')).toBe('#/components/schemas/ResultsV1');
    expect(answer('computeResults')).toBe('#/components/schemas/ResultsV1');
    expect(body('importSurvey')).toBe('#/components/schemas/SurveyFormsV1');
    expect(schemas.CriteriaSetDetailDto.properties.document.allOf[0].$ref).toBe(
      '#/components/schemas/CriteriaSetV1',
    );
    // The examples are the demo province's, and the product's own readers accept them.
    const set = parseCriteriaSet(schemas.CriteriaSetV1.example);
    expect(set.ok).toBe(true);
    expect(schemas.CriteriaSetV1.example).toMatchObject({ code: 'SO-2026', year: 2026 });
    if (!set.ok) return;
    const assessments = parseAssessments(schemas.AssessmentsV1.example, set.value);
    expect(assessments.ok).toBe(true);
    expect(schemas.AssessmentsV1.example.units[0].code).toBe('SNV'); // Sở Nội vụ, the first demo agency
    expect(schemas.ResultsV1.example.units.map((u: Json) => u.code).sort()).toEqual(['SNV', 'STC', 'STP']);
    expect(schemas.ResultsV1.example.units.every((u: Json) => Number.isInteger(u.rank))).toBe(true);
    const forms = readFormsJson(schemas.SurveyFormsV1.example);
    expect(forms.ok && forms.rows.length).toBe(2);
    // A field of a format's type that its schema does not list fails the build (objectOf<T>); here, the
    // schema's fields are the example's.
    expect(Object.keys(schemas.CriteriaSetV1.properties)).toEqual(
      expect.arrayContaining(Object.keys(schemas.CriteriaSetV1.example)),
    );
  });

  it('documents Location on every 201 and 204 on every DELETE', () => {
    expect(
      offenders((o) => !o.op.responses['201'] || Boolean(o.op.responses['201'].headers?.Location)),
    ).toEqual([]);
    expect(
      offenders(
        (o) =>
          o.method !== 'delete' ||
          JSON.stringify(Object.keys(o.op.responses).filter((s) => /^2/.test(s))) === '["204"]',
      ),
    ).toEqual([]);
  });

  it('describes every tag', () => {
    const used = [...new Set(ops.flatMap((o) => (o.op.tags ?? []) as string[]))];
    const described = new Set(((doc.tags ?? []) as Json[]).filter((t) => t.description).map((t) => t.name));
    expect(used.filter((tag) => !described.has(tag))).toEqual([]);
  });
});
