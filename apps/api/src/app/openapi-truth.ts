/**
 * Post-processing of the generated OpenAPI document so that it tells the truth about every route, derived
 * from the code itself (see docs/adr/0010-openapi-contract.md):
 * - error responses (`application/problem+json`, the named `Problem` schema) with the statuses and the
 *   error codes each operation can answer: the guards' codes from the auth decorators, 400 from its inputs,
 *   404 from its path parameters, and the codes its handler can raise, found by reading the handler and the
 *   injected services it calls (their compiled source) for the codes of `ERROR_STATUS`;
 * - security as the guards apply it: none on `@Public()`, bearer everywhere else, `X-API-Key` only where
 *   `@ApiKeyScopes` lets keys in; who may call the route in its description (Swagger UI hides `x-roles`);
 * - readable, unique operation ids (`listPeriods`) from the handler and controller names;
 * - `format: uuid` on path parameters parsed by `uuidParam()`, `integer` and the validation limits of DTO
 *   fields from their class-validator metadata.
 */
import { RequestMethod, type INestApplication } from '@nestjs/common';
import {
  HTTP_CODE_METADATA,
  INJECTABLE_WATERMARK,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ParseUUIDPipe } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, type ErrorCode } from '@par/contracts';
import { getMetadataStorage } from 'class-validator';
import { ANY_USER, BEFORE_PASSWORD_CHANGE, ROLES_KEY, SCOPES_KEY } from '../auth/decorators';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { ERROR_STATUS } from '../common/errors/error-status';
import { CREATED_LOCATION, type CreatedLocationSpec } from '../common/http/created-location';
import { uploadedFile } from '../common/http/multipart';
import { orderTerms, pageOf } from '../common/http/list-query';
import { rateLimited } from '../auth/rate-limit.service';
import * as criteriaErrors from '../criteria/criteria-set.errors';
import * as periodEntity from '../period/period.entity';
import * as assessmentAccess from '../self-assessment/assessment-access';
import * as contextLoader from '../self-assessment/assessment-context.loader';
import * as leafScoring from '../self-assessment/leaf-scoring';
import * as surveyScoring from '../survey/survey-scoring';
import { appraise } from '../self-assessment/assessment-item.service';
import { interchangeExamples } from '../common/openapi/interchange-examples';
import {
  INTERCHANGE_PARTS,
  INTERCHANGE_SCHEMAS,
  type InterchangeSchemaName,
} from '../common/openapi/interchange-schemas';
import { API_PREFIX } from './api-prefix';
import { itemRouteOf } from './location-rule';

export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';

/** The tags of the document, each with what it groups (a tag without a description fails the contract test). */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  health: 'Tình trạng dịch vụ / Service health (public).',
  auth: 'Đăng nhập, phiên, mật khẩu, khóa API / Sign-in, sessions, password, API keys.',
  audit: 'Nhật ký thao tác / Audit log.',
  organization: 'Cơ quan, đơn vị, loại đơn vị, người dùng / Units, unit types, users.',
  criteria: 'Bộ tiêu chí (criteria-set/v1, Excel) / Criteria sets.',
  period: 'Kỳ đánh giá, đơn vị tham gia, phân công thẩm định / Periods, their units, appraisal assignments.',
  'self-assessment':
    'Tự đánh giá, chỉ số từ hệ thống khác, thẩm định, giải trình / Self-assessment, indicators, appraisal, explanation.',
  evidence: 'Tài liệu kiểm chứng / Evidence files.',
  scoring: 'Tính điểm, kết quả, bản chụp / Scoring, results, snapshots.',
  ranking: 'Xếp hạng, công bố, kết quả công khai, phúc khảo / Ranking, publication, public results, appeals.',
  survey: 'Khảo sát mức độ hài lòng / Satisfaction surveys.',
  notifications: 'Thông báo trong ứng dụng / In-app notifications.',
  analysis: 'Phân tích kết quả, vị thế so với cả nước / Result analysis, national standing.',
};

/** Codes the authentication guard (and the JWT strategy, the API-key check) may answer on a protected route. */
const AUTH_401: ErrorCode[] = [
  'UNAUTHENTICATED',
  'TOKEN_INVALID',
  'SESSION_REVOKED',
  'INVALID_API_KEY',
  'API_KEY_EXPIRED',
];
/** Codes of a refused caller: the role/scope guard, a disabled account, a pending password change. */
const AUTH_403: ErrorCode[] = ['FORBIDDEN', 'ACCOUNT_DISABLED', 'PASSWORD_CHANGE_REQUIRED'];
/** Invalid input of any kind: the validation pipe, the body parser, the uuid/code pipes. */
const INPUT_400: ErrorCode[] = ['VALIDATION_FAILED', 'INVALID_JSON', 'BAD_REQUEST'];

/** The body parser's refusals, on every method that carries a body. */
const BODY_REFUSALS: ErrorCode[] = ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'];
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Đã tạo / Created',
  202: 'Đã nhận / Accepted',
  204: 'Thành công, không có nội dung / Done, no content',
  304: 'Không đổi (ETag khớp) / Not modified',
  400: 'Yêu cầu không hợp lệ / Invalid request',
  401: 'Chưa xác thực / Not authenticated',
  403: 'Không được phép / Forbidden',
  404: 'Không tìm thấy / Not found',
  409: 'Xung đột trạng thái / Conflict with the current state',
  413: 'Quá lớn / Too large',
  415: 'Loại nội dung không được nhận / Unsupported media type',
  422: 'Dữ liệu không dùng được / Unprocessable content',
  423: 'Bị khóa / Locked',
  429: 'Quá nhiều yêu cầu / Too many requests',
  500: 'Lỗi máy chủ / Server error',
  503: 'Dịch vụ tạm ngừng / Service unavailable',
};

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId?: string;
  description?: string;
  summary?: string;
  tags?: string[];
  parameters?: Array<Json & { name: string; in: string; schema?: Json }>;
  requestBody?: Json;
  responses: Record<string, Json & { description?: string; content?: Record<string, Json> }>;
  security?: Array<Record<string, string[]>>;
}

/** What the guards and the handler say about one route. */
interface RouteFacts {
  controller: string;
  handlerName: string;
  isPublic: boolean;
  roles: string[];
  apiKeyScopes: string[];
  beforePasswordChange: boolean;
  httpCode: number | undefined;
  uuidParams: Set<string>;
  /** Classes of `@Query() dto` arguments: their validators describe the query parameters. */
  queryDtos: unknown[];
  codes: Set<ErrorCode>;
  /** `@CreatedLocation(...)`: where a 201's `Location` points. */
  createdLocation: CreatedLocationSpec | undefined;
}

const IDEMPOTENCY_CODES: ErrorCode[] = [
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
  'BAD_REQUEST',
];

/**
 * Plain functions handlers and services call whose codes the scan reads (by name, as they are called): the
 * shared helpers and every exported function of the modules that build errors outside a class. A code
 * raised only in a function missing here is caught by the status-coverage walk of the integration tests.
 */
const FOLLOWED_FUNCTIONS: Record<string, (...args: never[]) => unknown> = Object.fromEntries(
  [
    { uploadedFile },
    // The list routes' paging: 400 SORT_FIELD_UNKNOWN.
    { pageOf, orderTerms },
    criteriaErrors,
    { rateLimited },
    assessmentAccess,
    leafScoring,
    contextLoader,
    periodEntity,
    surveyScoring,
    { appraise },
  ].flatMap((module) =>
    Object.entries(module as Record<string, unknown>).filter(
      (entry): entry is [string, (...args: never[]) => unknown] =>
        typeof entry[1] === 'function' && !/^class\b/.test(Function.prototype.toString.call(entry[1])),
    ),
  ),
);

const KNOWN_CODES = new Set(Object.keys(ERROR_STATUS) as ErrorCode[]);

/**
 * The error codes a handler can raise: its compiled source and, transitively, that of the methods it calls
 * on itself (`this.x(`, or through a table of functions `this.writers[stage](`) and on injected providers
 * (`this.service.x(`). A code is any string literal naming a code of `ERROR_STATUS`; `notFound(…)` is
 * NOT_FOUND. Calls into plain functions are followed for those in `FOLLOWED_FUNCTIONS`.
 */
export function codesRaisedBy(instance: object, method: string, seen = new Set<unknown>()): Set<ErrorCode> {
  const fn = (instance as Record<string, unknown>)[method];
  if (typeof fn !== 'function' || seen.has(fn)) return new Set();
  seen.add(fn);
  return codesOfSource(instance, Function.prototype.toString.call(fn), seen);
}

function codesOfSource(instance: object, source: string, seen: Set<unknown>): Set<ErrorCode> {
  const codes = new Set<ErrorCode>();
  for (const match of source.matchAll(/['"`]([A-Z][A-Z0-9_]+)['"`]/g)) {
    const code = match[1] as ErrorCode;
    if (KNOWN_CODES.has(code)) codes.add(code);
  }
  if (/\bnotFound\)?\(/.test(source)) codes.add('NOT_FOUND');
  for (const name of Object.keys(FOLLOWED_FUNCTIONS)) {
    // `name(` as written, `module_name(` where the bundle renamed a clash (webpack's concatenation), or
    // `(0, module.name)(` as compiled to CommonJS; never a method `x.name(`.
    if (!new RegExp(`(?:(?<![\\w.$])(?:[\\w$]+_)?${name}\\(|\\.${name}\\)\\()`).test(source)) continue;
    for (const c of codesRaisedBy(FOLLOWED_FUNCTIONS, name, seen)) codes.add(c);
  }
  // A table of functions on the instance (`this.writers[stage](…)`): each entry, with the same `this`.
  for (const [, table = ''] of source.matchAll(/\bthis\.(\w+)\[/g)) {
    const entries = (instance as Record<string, unknown>)[table];
    if (!entries || typeof entries !== 'object') continue;
    for (const entry of Object.values(entries)) {
      if (typeof entry !== 'function' || seen.has(entry)) continue;
      seen.add(entry);
      for (const c of codesOfSource(instance, Function.prototype.toString.call(entry), seen)) codes.add(c);
    }
  }
  // Whitespace between the parts: the bundle keeps `this.contexts\n  .load(` on two lines, swc joins them.
  for (const match of source.matchAll(/\bthis\.(\w+)(?:\s*\.(\w+))?\s*\(/g)) {
    const [, first = '', second] = match;
    if (!second) {
      for (const c of codesRaisedBy(instance, first, seen)) codes.add(c);
      continue;
    }
    const target = (instance as Record<string, unknown>)[first];
    if (!target || typeof target !== 'object') continue;
    const ctor = target.constructor;
    if (!Reflect.getMetadata(INJECTABLE_WATERMARK, ctor)) continue;
    for (const c of codesRaisedBy(target, second, seen)) codes.add(c);
  }
  return codes;
}

const joinPath = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`.replace(/:(\w+)/g, '{$1}');
const firstString = (value: unknown): string => {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' ? item : '';
};

/** Facts of every route, keyed `get /api/v1/periods/{id}` as the document's paths are. */
export function routeFacts(app: INestApplication, prefix: string): Map<string, RouteFacts> {
  const discovery = app.get(DiscoveryService, { strict: false });
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const facts = new Map<string, RouteFacts>();
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    const metatype = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null | undefined;
    if (!instance || !metatype) continue;
    const base = firstString(Reflect.getMetadata(PATH_METADATA, metatype));
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const targets = [handler, metatype];
      const isPublic = Boolean(reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets));
      const anyUser = Boolean(reflector.getAllAndOverride<boolean>(ANY_USER, targets));
      const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets) ?? [];
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<
        string,
        { data?: unknown; pipes?: unknown[] }
      >;
      const uuidParams = new Set<string>();
      const paramTypes = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
      const queryDtos: unknown[] = [];
      for (const [key, arg] of Object.entries(args)) {
        const type = Number(key.split(':')[0]);
        const inPathOrQuery = [RouteParamtypes.PARAM, RouteParamtypes.QUERY].map(Number).includes(type);
        if (!inPathOrQuery) continue;
        if (type === Number(RouteParamtypes.QUERY) && arg.data === undefined) {
          const index = Number(key.split(':')[1]);
          if (typeof paramTypes[index] === 'function') queryDtos.push(paramTypes[index]);
        }
        if (typeof arg.data === 'string' && arg.pipes?.some((p) => p instanceof ParseUUIDPipe))
          uuidParams.add(arg.data);
      }
      const paths = ([] as unknown[]).concat(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      for (const handlerPath of paths) {
        const key = `${RequestMethod[method].toLowerCase()} ${joinPath(prefix, base, String(handlerPath))}`;
        facts.set(key, {
          controller: metatype.name.replace(/Controller$/, ''),
          handlerName: name,
          isPublic,
          roles: isPublic ? [] : anyUser ? ['*'] : ['admin', ...roles],
          apiKeyScopes: isPublic
            ? []
            : (reflector.getAllAndOverride<string[] | undefined>(SCOPES_KEY, targets) ?? []),
          beforePasswordChange: Boolean(
            reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets),
          ),
          httpCode: Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined,
          uuidParams,
          queryDtos,
          codes: codesRaisedBy(instance, name),
          createdLocation: Reflect.getMetadata(CREATED_LOCATION, handler) as CreatedLocationSpec | undefined,
        });
      }
    }
  }
  return facts;
}

/** Handler names that start with one of these are `<verb><Noun><Rest>`; aliases map to the verb used. */
const VERBS = new Set(
  (
    'list get create update delete remove add import export compute publish archive clone submit finalize ' +
    'reopen revoke unlock reset change login logout refresh close issue define file decide attach download ' +
    'upload write replace read extend diff count set check'
  ).split(' '),
);
const VERB_ALIASES: Record<string, string> = {
  detail: 'get',
  view: 'get',
  page: 'list',
  one: 'get',
  put: 'replace',
};
/** The verb of a handler whose name is a noun (`me`, `xlsx`, `state`), by HTTP method. */
const METHOD_VERBS: Record<string, string> = {
  get: 'get',
  post: 'set',
  put: 'replace',
  patch: 'update',
  delete: 'delete',
};

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (noun: string) =>
  /s$/.test(noun) ? noun : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

/**
 * `<verb><Controller noun><rest of the handler name>`: `PeriodController.list` → `listPeriods`,
 * `UnitController.createType` → `createUnitType`, `PeriodController.detail` → `getPeriod`; a handler named
 * by a noun takes its verb from the HTTP method (`AuthController.me` → `getAuthMe`,
 * `PeriodController.state` (POST) → `setPeriodState`). An explicit `@ApiOperation({ operationId })` wins.
 */
export function operationIdOf(controller: string, handler: string, method: string): string {
  const [, head = handler, rest = ''] = /^([a-z0-9]+)(.*)$/.exec(handler) ?? [];
  const aliased = VERB_ALIASES[head];
  if (aliased || VERBS.has(head)) {
    const verb = aliased ?? head;
    const noun = verb === 'list' && !rest ? plural(controller) : controller;
    return `${verb}${pascal(noun)}${rest}`;
  }
  const verb = METHOD_VERBS[method] ?? method;
  const tail = pascal(handler);
  return `${verb}${controller}${controller.endsWith(tail) ? '' : tail}`;
}

export const OPERATION_ID_STYLE = /^[a-z][a-zA-Z0-9]*$/;

function problemSchemas(): Record<string, Json> {
  return {
    FieldProblem: {
      type: 'object',
      description: 'Một trường (nút, đơn vị, chỉ tiêu) không hợp lệ / One invalid field of the request.',
      required: ['code', 'message'],
      properties: {
        field: { type: 'string', description: 'Dotted path in the request body', example: 'units.3.code' },
        code: { type: 'string', description: 'Machine-readable reason', example: 'isInt' },
        message: { type: 'string' },
        messageEn: { type: 'string' },
        node: { type: 'string' },
        unit: { type: 'string' },
        leaf: { type: 'string' },
        row: { type: 'integer' },
        units: {
          type: 'array',
          items: { type: 'string' },
          description: 'The units a problem concerns, by code (e.g. the units blocking a period move)',
        },
      },
    },
    Problem: {
      type: 'object',
      description:
        'RFC 9457 problem details (`application/problem+json`). `title`/`detail` follow `Accept-Language` ' +
        '(Vietnamese by default); `messages` carries both languages. Some codes add members (e.g. `current`).',
      required: ['type', 'title', 'status', 'code', 'messages'],
      additionalProperties: true,
      example: {
        type: 'urn:par-index:error:stale-version',
        title: 'Dữ liệu đã được người khác thay đổi, hãy tải lại',
        status: 409,
        code: 'STALE_VERSION',
        instance: '/api/v1/periods/6f1c2a7e-3b1d-4f7a-9a53-2d8f0c1e4b5a',
        requestId: 'req-1f',
        messages: {
          vi: 'Dữ liệu đã được người khác thay đổi, hãy tải lại',
          en: 'Someone else changed this; reload and retry',
        },
      },
      properties: {
        type: { type: 'string', format: 'uri-reference', example: 'urn:par-index:error:not-found' },
        title: { type: 'string', example: 'Không tìm thấy' },
        status: { type: 'integer', minimum: 400, maximum: 599, example: 404 },
        code: { type: 'string', enum: [...KNOWN_CODES].sort(), example: 'NOT_FOUND' },
        detail: { type: 'string' },
        instance: { type: 'string', example: '/api/v1/periods/0b6f…' },
        requestId: { type: 'string' },
        messages: {
          type: 'object',
          required: ['vi', 'en'],
          properties: { vi: { type: 'string' }, en: { type: 'string' } },
        },
        errors: { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
      },
    },
  };
}

/** The statuses and codes an operation can answer, from its guards, inputs, path and handler. */
function problemsOf(
  op: Operation,
  facts: RouteFacts | undefined,
  method: string,
): Map<number, Set<ErrorCode>> {
  // Codes a hand-written error response names (`@ApiConflictResponse({ description: 'PERIOD_…' })`).
  const named = Object.entries(op.responses)
    .filter(([status]) => /^[45]/.test(status))
    .flatMap(([, r]) => [...(r.description ?? '').matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g)].map((m) => m[0]))
    .filter((code): code is ErrorCode => KNOWN_CODES.has(code as ErrorCode));
  const byStatus = new Map<number, Set<ErrorCode>>();
  const add = (code: ErrorCode) => {
    const status = ERROR_STATUS[code];
    if (code === 'INTERNAL_ERROR') return;
    if (!byStatus.has(status)) byStatus.set(status, new Set());
    byStatus.get(status)?.add(code);
  };
  const hasInput = Boolean(op.requestBody) || (op.parameters ?? []).some((p) => p.in !== 'header');
  if (hasInput) INPUT_400.forEach(add);
  // Methods whose body the server reads (even an unexpected one): too large, or a content type it refuses.
  if (BODY_METHODS.has(method)) BODY_REFUSALS.forEach(add);
  if ((op.parameters ?? []).some((p) => p.in === 'path')) add('NOT_FOUND');
  if (facts && !facts.isPublic) {
    AUTH_401.forEach(add);
    AUTH_403.filter((c) => c !== 'PASSWORD_CHANGE_REQUIRED' || !facts.beforePasswordChange).forEach(add);
  }
  for (const code of [...named, ...(facts?.codes ?? [])]) {
    // The guards' own codes are documented from the route's metadata, not from a handler's text.
    if (facts?.isPublic && (AUTH_401.includes(code) || code === 'FORBIDDEN')) continue;
    if (code === 'ROUTE_NOT_FOUND' || code === 'METHOD_NOT_ALLOWED') continue;
    add(code);
  }
  // `@Idempotent()` routes: the interceptor's own codes (the handler's text does not name them).
  if ((op as { 'x-idempotent'?: boolean })['x-idempotent']) IDEMPOTENCY_CODES.forEach(add);
  // Every route may fail unexpectedly; the filter answers that as a problem too.
  byStatus.set(500, new Set<ErrorCode>(['INTERNAL_ERROR']));
  return byStatus;
}

const rolesText = (facts: RouteFacts): string => {
  if (facts.isPublic) return '**Quyền / Access:** công khai, không cần đăng nhập / public, no credentials.';
  const who = facts.roles.includes('*')
    ? 'mọi người dùng đã đăng nhập / any signed-in user'
    : facts.roles.map((r) => `\`${r}\``).join(', ');
  const keys = facts.apiKeyScopes.length
    ? ` Khóa API / API key (\`X-API-Key\`) with scope ${facts.apiKeyScopes.map((s) => `\`${s}\``).join(' or ')}.`
    : ' Không nhận khóa API / API keys are refused.';
  return `**Quyền / Access:** ${who}.${keys}`;
};

/** Rewrites `document` in place so that it says what the code does (see the module comment). */
export function tellTheTruth(document: OpenAPIObject, facts: Map<string, RouteFacts>): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  const examples = interchangeExamples();
  const interchange = Object.fromEntries(
    Object.entries(INTERCHANGE_SCHEMAS).map(([name, schema]) => [
      name,
      { ...schema, example: examples[name as InterchangeSchemaName] },
    ]),
  );
  document.components.schemas = {
    ...schemas,
    ...problemSchemas(),
    ...INTERCHANGE_PARTS,
    ...interchange,
  };
  document.components.headers = {
    ...document.components.headers,
    VaryAcceptLanguage: {
      description: '`Accept-Language`: `title`/`detail` of a problem follow the language asked for',
      schema: { type: 'string', example: 'Accept-Language' },
    },
  };
  delete document.security;

  const usedIds = new Map<string, string>();
  const getPaths = Object.entries(document.paths)
    .filter(([, pathItem]) => Boolean((pathItem as Record<string, unknown>).get))
    .map(([path]) => path);
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const where = `${method} ${path}`;
      const routeFacts = facts.get(where);
      op.tags?.forEach((t) => tags.add(t));

      // Operation id: explicit `@ApiOperation({ operationId })` or the naming rule.
      if (routeFacts && !OPERATION_ID_STYLE.test(op.operationId ?? '')) {
        op.operationId = operationIdOf(routeFacts.controller, routeFacts.handlerName, method);
      }
      if (op.operationId) {
        const clash = usedIds.get(op.operationId);
        if (clash) throw new Error(`operationId ${op.operationId} of ${where} already names ${clash}`);
        usedIds.set(op.operationId, where);
      }

      // Security as the guards apply it.
      if (routeFacts) {
        op.security = routeFacts.isPublic
          ? []
          : [{ [BEARER_SCHEME]: [] }, ...(routeFacts.apiKeyScopes.length ? [{ [API_KEY_SCHEME]: [] }] : [])];
        if (routeFacts.isPublic) delete op['x-roles'];
        else op['x-roles'] = routeFacts.roles;
        const own = (op.description ?? '').trim();
        op.description = own ? `${own}\n\n${rolesText(routeFacts)}` : rolesText(routeFacts);
      }

      // Query parameters of a `@Query() dto`: integer and limits from its validators.
      for (const param of op.parameters ?? []) {
        if (param.in !== 'query' || !param.schema) continue;
        for (const meta of validationMetas()) {
          if (meta.propertyName === param.name && routeFacts?.queryDtos.includes(meta.target))
            applyConstraint(meta, param.schema, param.schema);
        }
      }

      // uuid path parameters.
      for (const param of op.parameters ?? []) {
        if (routeFacts?.uuidParams.has(param.name) && (param.in === 'path' || param.in === 'query')) {
          param.schema = { ...(param.schema ?? {}), type: 'string', format: 'uuid' };
        }
      }

      // Success responses: at least one, each described.
      const success = Object.keys(op.responses).filter((s) => /^2/.test(s));
      if (success.length === 0) {
        const status = routeFacts?.httpCode ?? (method === 'post' ? 201 : 200);
        op.responses[String(status)] = { description: STATUS_TEXT[status] ?? 'OK' };
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (!response.description?.trim()) response.description = STATUS_TEXT[Number(status)] ?? status;
      }

      // `Location` on every 201: `@CreatedLocation(...)`, else the item route (the rule of LocationInterceptor).
      const created = op.responses['201'];
      if (method === 'post' && created) {
        const explicit = routeFacts?.createdLocation;
        const itemRoute = explicit ? null : itemRouteOf(path, getPaths);
        const target = explicit ? `/${API_PREFIX}${explicit.path}` : itemRoute ? itemRoute.path : null;
        if (target) {
          const sources = Object.entries(explicit?.from ?? {})
            .map(([name, from]) => `\`{${name}}\` = ${from}`)
            .join(', ');
          created.headers = {
            ...(created.headers ?? {}),
            Location: {
              description:
                `The created resource: \`${target.replace(/:(\w+)/g, '{$1}')}\`` +
                (sources ? ` (${sources})` : ''),
              schema: { type: 'string', format: 'uri-reference' },
            },
          };
        }
      }

      // Problem responses.
      for (const [status, codes] of problemsOf(op, routeFacts, method)) {
        const key = String(status);
        const existing = op.responses[key];
        const listed = [...codes].sort();
        // Keep a hand-written description unless it only names codes (the list below names them all).
        const own = existing?.description
          ?.replace(/\b[A-Z][A-Z0-9_]{2,}\b|\(problem\+json\)|[/,\s]+/g, (m) =>
            /^[\s/,]+$/.test(m) ? ' ' : '',
          )
          .trim()
          ? existing.description?.trim()
          : undefined;
        const text = `${STATUS_TEXT[status] ?? key}: ${listed.map((c) => `\`${c}\``).join(', ')}`;
        op.responses[key] = {
          ...existing,
          description: own && own !== STATUS_TEXT[status] ? `${own}\n\n${text}` : text,
          headers: {
            ...(existing?.headers ?? {}),
            Vary: { $ref: '#/components/headers/VaryAcceptLanguage' },
          },
          content: {
            [PROBLEM_CONTENT_TYPE]: {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/Problem' },
                  { type: 'object', properties: { code: { type: 'string', enum: listed } } },
                ],
              },
            },
          },
        };
        delete op.responses[key].type;
      }
    }
  }

  document.tags = [...tags].sort().map((name) => ({
    name,
    ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}),
  }));
  applyValidationLimits(document);
  return document;
}

/** What `@IsISO8601({ strict: true })` accepts, as far as a pattern can say: a date, optionally a time. */
const ISO_8601_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?$';

interface ValidationMeta {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
  target: unknown;
}

/**
 * `integer` for fields validated `@IsInt`, and the limits class-validator enforces (`maxLength`,
 * `minLength`, `minimum`, `maximum`, `pattern`, `maxItems`, `minItems`) on the schemas of the DTO classes.
 */
function validationMetas(): ValidationMeta[] {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, ValidationMeta[]> | ValidationMeta[];
  };
  const all = storage.validationMetadatas;
  return Array.isArray(all) ? all : [...all.values()].flat();
}

export function applyValidationLimits(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  for (const meta of validationMetas()) {
    const target = meta.target as { name?: string } | undefined;
    const schema = target?.name ? (schemas[target.name] as Json | undefined) : undefined;
    const prop = (schema?.properties as Record<string, Json> | undefined)?.[meta.propertyName];
    if (!prop || '$ref' in prop) continue;
    const isArray = prop.type === 'array';
    const value = (isArray && meta.each ? (prop.items as Json | undefined) : prop) ?? prop;
    applyConstraint(meta, prop, value);
  }
}

/** One class-validator constraint onto a property schema (`value`: the items' schema for `each`). */
function applyConstraint(meta: ValidationMeta, prop: Json, value: Json): void {
  const isArray = prop.type === 'array';
  const [c0, c1] = meta.constraints ?? [];
  const kind = meta.name ?? meta.type;
  switch (kind) {
    case 'isInt':
      if (value.type === 'number' || value.type === undefined) value.type = 'integer';
      break;
    case 'maxLength':
      value.maxLength ??= c0;
      break;
    case 'minLength':
      value.minLength ??= c0;
      break;
    case 'isLength':
      if (typeof c0 === 'number') value.minLength ??= c0;
      if (typeof c1 === 'number') value.maxLength ??= c1;
      break;
    case 'max':
      value.maximum ??= c0;
      break;
    case 'min':
      value.minimum ??= c0;
      break;
    case 'matches':
      if (c0 instanceof RegExp) value.pattern ??= c0.source;
      break;
    case 'arrayMaxSize':
      if (isArray) prop.maxItems ??= c0;
      break;
    case 'arrayMinSize':
      if (isArray) prop.minItems ??= c0;
      break;
    case 'isIso8601':
      // A date alone (`2026-11-15`) or a date-time with an offset: `format: date-time` would refuse the first.
      if (value.format === 'date-time' && typeof value.example === 'string' && !value.example.includes('T'))
        delete value.format;
      value.pattern ??= ISO_8601_PATTERN;
      break;
    case 'isUuid':
      if (value.type === 'string') value.format ??= 'uuid';
      break;
    default:
      break;
  }
}
