#!/usr/bin/env node
// Counts what the committed OpenAPI document says (or fails to say): `node tools/openapi/stats.mjs [file]`.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'libs/contracts/openapi.json';
const doc = JSON.parse(readFileSync(file, 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] })),
);
const isProtected = (op) => !(Array.isArray(op.security) && op.security.length === 0);
const errorStatuses = (op) => Object.keys(op.responses ?? {}).filter((s) => /^[45]/.test(s));
const problemJson = (op) =>
  errorStatuses(op).some((s) => op.responses[s]?.content?.['application/problem+json']);
const resolve = (schema) => (schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema);
const twoXx = (op) => Object.keys(op.responses ?? {}).filter((s) => /^2/.test(s));
let numberFields = 0;
let limitedFields = 0;
let fields = 0;
for (const schema of Object.values(doc.components?.schemas ?? {})) {
  for (const prop of Object.values(schema.properties ?? {})) {
    const p = prop.type === 'array' ? (prop.items ?? {}) : prop;
    fields++;
    if (p.type === 'number') numberFields++;
    if (
      ['maxLength', 'minLength', 'maximum', 'minimum', 'pattern', 'maxItems'].some((k) => k in prop || k in p)
    )
      limitedFields++;
  }
}
const idParams = ops.flatMap(({ op }) =>
  (op.parameters ?? []).filter((p) => p.in === 'path' && /id$/i.test(p.name)),
);
const rows = {
  operations: ops.length,
  'without any 4xx/5xx response': ops.filter(({ op }) => errorStatuses(op).length === 0).length,
  'without application/problem+json errors': ops.filter(({ op }) => !problemJson(op)).length,
  'protected without 401 and 403': ops.filter(
    ({ op }) => isProtected(op) && !(op.responses?.['401'] && op.responses?.['403']),
  ).length,
  'without description': ops.filter(({ op }) => !op.description?.trim()).length,
  'with an empty 2xx description (or no 2xx)': ops.filter(
    ({ op }) => twoXx(op).length === 0 || twoXx(op).some((s) => !op.responses[s].description?.trim()),
  ).length,
  'protected and claiming X-API-Key': ops.filter(
    ({ op }) => isProtected(op) && (op.security ?? doc.security ?? []).some((r) => 'api-key' in r),
  ).length,
  'routes an API key may call (x-api-key-scopes)': ops.filter(({ op }) => op['x-api-key-scopes']?.length)
    .length,
  'operationId not lowerCamelCase': ops.filter(({ op }) => !/^[a-z][a-zA-Z0-9]*$/.test(op.operationId ?? ''))
    .length,
  'Problem schema': doc.components?.schemas?.Problem ? 'yes' : 'no',
  'tags without description':
    (doc.tags ?? []).filter((t) => !t.description).length +
    [...new Set(ops.flatMap(({ op }) => op.tags ?? []))].filter(
      (t) => !(doc.tags ?? []).some((x) => x.name === t),
    ).length,
  'id path params without format uuid': idParams.filter((p) => p.schema?.format !== 'uuid').length,
  'schema fields typed number (not integer)': numberFields,
  'schema fields showing a limit': `${limitedFields} of ${fields}`,
  '201 responses without Location header': ops.filter(
    ({ op }) => op.responses?.['201'] && !op.responses['201'].headers?.Location,
  ).length,
  'DELETE operations not answering 204': ops.filter(
    ({ method, op }) =>
      method === 'delete' &&
      Object.keys(op.responses ?? {})
        .filter((s) => /^2/.test(s))
        .join() !== '204',
  ).length,
  'interchange formats named, with an example': `${
    ['CriteriaSetV1', 'AssessmentsV1', 'ResultsV1', 'SurveyFormsV1'].filter(
      (name) => doc.components?.schemas?.[name]?.example !== undefined,
    ).length
  } of 4`,
};
for (const [k, v] of Object.entries(rows)) console.log(`${String(v).padStart(9)}  ${k}`);
void resolve;
