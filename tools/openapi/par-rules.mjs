// Redocly CLI plugin: the rules the PAR Index OpenAPI document keeps for integrators (issue #21, ADR 0010).
// Used by tools/openapi/redocly.yaml (`npm run lint:openapi`, `.ci/run`, apps/api/test/openapi-lint.spec.ts).

const PROBLEM = 'application/problem+json';
const PROBLEM_REF = '#/components/schemas/Problem';
const LOWER_CAMEL = /^[a-z][a-zA-Z0-9]*$/;
/** Fields whose values are whole numbers by their name: counts, versions, years, ranks, sizes, rows… */
const WHOLE =
  /^(version|year|total|limit|offset|page|pageSize|seq|rank|rankOf|fromRank|toRank|rankChange|round|size|sizeBytes|\w*Count|leaves|filled|updated|imported|skipped|received|pending|unread|marked|quota|codesIssued|codesUsed|minResponses|population|sampleSize|sortOrder|row|expiresIn|appealDays|evidenceMaxBytes|publicationVersion|supersedes|supersededBy|warnings|iterations|seed|status)$/;

const isProtected = (operation, root) => {
  const security = operation.security ?? root.security ?? [];
  return security.length > 0;
};
const problemRef = (response) => {
  const schema = response?.content?.[PROBLEM]?.schema;
  return schema?.$ref ?? schema?.allOf?.[0]?.$ref;
};

/** Every operationId is lowerCamelCase (`listPeriods`, `computeResults`). */
function OperationIdLowerCamel() {
  return {
    Operation(operation, ctx) {
      if (!LOWER_CAMEL.test(operation.operationId ?? ''))
        ctx.report({
          message: `operationId "${operation.operationId ?? ''}" is not lowerCamelCase.`,
          location: ctx.location.child('operationId'),
        });
    },
  };
}

/**
 * Every operation documents its errors: a 4xx wherever the caller can get something wrong (parameters, a
 * body, credentials; `GET /health` and other input-less public routes can only fail on the server side),
 * at least one error response everywhere, and every 4xx/5xx is application/problem+json with Problem.
 */
function ProblemResponses() {
  let root = {};
  return {
    Root: { enter: (node) => (root = node) },
    Operation(operation, ctx) {
      const statuses = Object.keys(operation.responses ?? {});
      const takesInput =
        (operation.parameters ?? []).length > 0 || operation.requestBody || isProtected(operation, root);
      if (takesInput && !statuses.some((s) => /^4/.test(s)))
        ctx.report({ message: 'No 4xx response documented.', location: ctx.location.child('responses') });
      if (!statuses.some((s) => /^[45]/.test(s)))
        ctx.report({ message: 'No error response documented.', location: ctx.location.child('responses') });
      for (const status of statuses.filter((s) => /^[45]/.test(s))) {
        if (problemRef(operation.responses[status]) !== PROBLEM_REF)
          ctx.report({
            message: `${status} is not ${PROBLEM} with the Problem schema.`,
            location: ctx.location.child(['responses', status]),
          });
      }
    },
  };
}

/** A protected operation (non-empty security) documents 401 and 403, and says who may call it. */
function ProtectedAnswers() {
  let root = {};
  return {
    Root: { enter: (node) => (root = node) },
    Operation(operation, ctx) {
      if (!Array.isArray(operation.security))
        ctx.report({
          message: 'No per-operation `security` (public routes say `[]`).',
          location: ctx.location.child('security'),
        });
      if (!isProtected(operation, root)) return;
      for (const status of ['401', '403']) {
        if (!operation.responses?.[status])
          ctx.report({
            message: `Protected operation without ${status}.`,
            location: ctx.location.child('responses'),
          });
      }
      if (!Array.isArray(operation['x-roles']) || !/Quyền \/ Access/.test(operation.description ?? ''))
        ctx.report({
          message: 'Protected operation without `x-roles` and "Quyền / Access" in its description.',
          location: ctx.location.child('description'),
        });
    },
  };
}

/** Path parameters naming an id (`id`, `…Id`) are `format: uuid`. */
function UuidIdParams() {
  return {
    Parameter(parameter, ctx) {
      if (parameter.in === 'path' && /(^id|Id)$/.test(parameter.name) && parameter.schema?.format !== 'uuid')
        ctx.report({
          message: `Path parameter "${parameter.name}" is not format: uuid.`,
          location: ctx.location.child('schema'),
        });
    },
  };
}

/** Fields named like whole numbers are `integer`, never `number`. */
function WholeNumbersInteger() {
  return {
    Schema(schema, ctx) {
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        const value = prop?.type === 'array' ? prop.items : prop;
        if (WHOLE.test(name) && value?.type === 'number')
          ctx.report({
            message: `"${name}" holds a whole number: type integer, not number.`,
            location: ctx.location.child(['properties', name]),
          });
      }
    },
  };
}

/** Every 201 carries `Location`; every DELETE answers 204 No Content. */
function CreatedAndDeleted() {
  return {
    PathItem(item, ctx) {
      for (const [method, operation] of Object.entries(item)) {
        if (!operation || typeof operation !== 'object' || !operation.responses) continue;
        const created = operation.responses['201'];
        if (created && !created.headers?.Location)
          ctx.report({
            message: '201 without a `Location` header.',
            location: ctx.location.child([method, 'responses', '201']),
          });
        const success = Object.keys(operation.responses).filter((s) => /^2/.test(s));
        if (method === 'delete' && (success.length !== 1 || success[0] !== '204'))
          ctx.report({
            message: `DELETE answers ${success.join(', ') || 'nothing'}, not 204 No Content.`,
            location: ctx.location.child([method, 'responses']),
          });
      }
    },
  };
}

/** The named interchange schemas exist, each with a full `example`. */
function InterchangeSchemas(options) {
  const names = options?.schemas ?? [];
  return {
    Root: {
      leave(root, ctx) {
        const schemas = root.components?.schemas ?? {};
        for (const name of names) {
          if (!schemas[name])
            ctx.report({ message: `Interchange schema ${name} is missing.`, location: ctx.location });
          else if (schemas[name].example === undefined)
            ctx.report({
              message: `Interchange schema ${name} has no example.`,
              location: ctx.location.child(['components', 'schemas', name]),
            });
        }
      },
    },
  };
}

/**
 * Input fields of request bodies validated by class-validator (`…Dto` schemas) show a limit: strings a
 * maxLength/pattern/enum/format, arrays maxItems, numbers a minimum or maximum. (The interchange formats are read by libs/scoring's
 * parsers, whose limits their schemas state where there are any.)
 */
function InputLimits() {
  let schemas = {};
  const seen = new Set();
  const check = (name, ctx, location) => {
    if (seen.has(name)) return;
    seen.add(name);
    const schema = schemas[name];
    for (const [field, prop] of Object.entries(schema?.properties ?? {})) {
      if (!prop || prop.$ref || prop.allOf || prop.readOnly) continue;
      const limited =
        prop.type === 'string'
          ? prop.maxLength !== undefined || prop.pattern || prop.enum || prop.format
          : prop.type === 'array'
            ? prop.maxItems !== undefined
            : prop.type === 'number' || prop.type === 'integer'
              ? prop.minimum !== undefined || prop.maximum !== undefined
              : true;
      if (!limited)
        ctx.report({
          message: `Input field ${name}.${field} shows no limit (maxLength/pattern/enum/format, maxItems, minimum/maximum).`,
          location,
        });
    }
  };
  return {
    Root: { enter: (root) => (schemas = root.components?.schemas ?? {}) },
    RequestBody(body, ctx) {
      for (const media of Object.values(body.content ?? {})) {
        const ref = media.schema?.$ref;
        if (ref?.startsWith('#/components/schemas/') && ref.endsWith('Dto'))
          check(ref.split('/').pop(), ctx, ctx.location.child(['content']));
      }
    },
  };
}

export default function parPlugin() {
  return {
    id: 'par',
    rules: {
      oas3: {
        'operation-id-lower-camel': OperationIdLowerCamel,
        'problem-responses': ProblemResponses,
        'protected-answers': ProtectedAnswers,
        'uuid-id-params': UuidIdParams,
        'whole-numbers-integer': WholeNumbersInteger,
        'created-and-deleted': CreatedAndDeleted,
        'interchange-schemas': InterchangeSchemas,
        'input-limits': InputLimits,
      },
    },
  };
}
