import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { ApiKeyService } from '../auth/api-key.service';
import type { AppConfig } from '../config/app-config';
import { badPath, serveSpa } from '../spa/serve-spa';
import { RouteCatalog } from '../auth/route-catalog';
import { sendProblem } from '../common/errors/problem-responder';
import { DomainError } from '../common/errors/domain-error';
import { XLSX_MIME } from '../criteria/criteria-workbook';
import { installPublicFeedFastPath } from '../ranking/public-feed';
import { PublicationService } from '../ranking/publication.service';
import { AppModule, type AppOverrides } from './app.module';
import { API_PREFIX, setupSwagger } from './swagger';

/** Bodies an anonymous caller may send (login, public survey answers…); larger ones need valid credentials. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;

const NEST_LEVELS: Record<AppConfig['env']['LOG_LEVEL'], LogLevel[] | false> = {
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  silent: false,
};

/** `false`, a hop count, or the list of trusted proxies (IP, CIDR, `loopback`…); never "believe anyone". */
function trustProxy(value: string): boolean | number | string[] {
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

/** Builds the fully configured (initialised, not listening) application; used by `main.ts` and the tests. */
export async function createApp(
  config: AppConfig,
  overrides: AppOverrides = {},
): Promise<NestFastifyApplication> {
  const { env } = config;
  const levels = NEST_LEVELS[env.LOG_LEVEL];
  const adapter = new FastifyAdapter({
    logger:
      env.LOG_LEVEL === 'silent'
        ? false
        : {
            level: env.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
          },
    // The server names every request itself: a client-chosen X-Request-Id never reaches the audit log.
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: trustProxy(env.TRUST_PROXY),
    // The router's own refusals (a malformed %-escape in the path…) answer problem+json like everything else.
    frameworkErrors: (_error: Error, request: FastifyRequest, reply: FastifyReply) => {
      sendProblem(badPath(), request, reply);
    },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, overrides),
    adapter,
    {
      logger:
        levels === false
          ? false
          : new ConsoleLogger('PAR', { json: env.NODE_ENV === 'production', logLevels: levels }),
      abortOnError: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // A route that takes large files says so with `@RouteConfig({ bodyLimit })` (e.g. the survey forms import).
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
  // Anonymous callers of a protected route get 401 here, before the body is even read (guards run later
  // and verify the credentials themselves).
  const protectedRoutes = app.get(RouteCatalog).protectedKeys();
  const jwt = app.get(JwtService);
  const apiKeys = app.get(ApiKeyService);
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = request.routeOptions.url;
    const hasCredentials = Boolean(request.headers.authorization || request.headers['x-api-key']);
    const isProtected = Boolean(route && protectedRoutes.has(`${method} ${route}`));
    if (!hasCredentials && isProtected) return refuse(new DomainError('UNAUTHENTICATED'), request, reply);
    // A large body is read only for a caller whose credentials are valid (checked here, before parsing).
    if (!bodyIsLarge(request.headers)) return;
    if (!isProtected) return refuse(new DomainError('PAYLOAD_TOO_LARGE'), request, reply);
    if (!(await credentialsAreValid(request.headers, jwt, apiKeys))) {
      return refuse(new DomainError('TOKEN_INVALID'), request, reply);
    }
  });
  // Authenticated answers may hold personal or unpublished data: no shared or browser cache keeps them.
  fastify.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith(`/${API_PREFIX}/`)) return;
    if (!request.headers.authorization && !request.headers['x-api-key']) return;
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        // In-page preview of evidence PDFs, fetched with the bearer token into blob: URLs.
        frameSrc: ["'self'", 'blob:'],
        frameAncestors: ["'self'"],
        // Provinces often serve the product over plain http on their LAN: never rewrite to https.
        upgradeInsecureRequests: null,
      },
    },
  });
  // The published results, when already in memory, are answered before the Nest pipeline (after helmet).
  installPublicFeedFastPath(fastify, app.get(PublicationService));
  await app.register(multipart, {
    limits: { fileSize: env.EVIDENCE_MAX_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  });
  // Excel workbooks arrive as the raw file (the criteria-set import), not as multipart.
  fastify.addContentTypeParser(
    XLSX_MIME,
    { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  // CSV files arrive as the raw text (the survey forms import).
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.setGlobalPrefix(API_PREFIX);
  setupSwagger(app);
  await serveSpa(fastify, config.webDistDir);
  await app.init();
  await fastify.ready();
  return app;
}

function refuse(error: DomainError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  sendProblem(error, request, reply);
  return reply;
}

function bodyIsLarge(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  if (typeof length === 'string' && /^\d+$/.test(length)) return Number(length) > ANONYMOUS_BODY_LIMIT;
  // A chunked body declares no length: treat it as large.
  return headers['transfer-encoding'] !== undefined;
}

async function credentialsAreValid(
  headers: Record<string, string | string[] | undefined>,
  jwt: JwtService,
  apiKeys: ApiKeyService,
): Promise<boolean> {
  const key = headers['x-api-key'];
  try {
    if (typeof key === 'string' && key.length > 0) {
      await apiKeys.authenticate(key);
      return true;
    }
    const bearer = /^Bearer (\S+)$/.exec(String(headers.authorization ?? ''));
    if (!bearer) return false;
    await jwt.verifyAsync(bearer[1], { algorithms: ['HS256'] });
    return true;
  } catch {
    return false;
  }
}
