import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { serveSpa } from '../spa/serve-spa';
import { RouteCatalog } from '../auth/route-catalog';
import { sendProblem } from '../common/errors/problem-responder';
import { DomainError } from '../common/errors/domain-error';
import { XLSX_MIME } from '../criteria/criteria-workbook';
import { AppModule, type AppOverrides } from './app.module';
import { API_PREFIX, setupSwagger } from './swagger';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const NEST_LEVELS: Record<AppConfig['env']['LOG_LEVEL'], LogLevel[] | false> = {
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  silent: false,
};

function trustProxy(value: string): boolean | number | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
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
    requestIdHeader: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: trustProxy(env.TRUST_PROXY),
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
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = request.routeOptions.url;
    const hasCredentials = Boolean(request.headers.authorization || request.headers['x-api-key']);
    if (route && !hasCredentials && protectedRoutes.has(`${method} ${route}`)) {
      sendProblem(new DomainError('UNAUTHENTICATED'), request, reply);
      return;
    }
    done();
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
