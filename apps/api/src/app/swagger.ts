import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_KEY_SCHEME, BEARER_SCHEME, routeFacts, tellTheTruth } from './openapi-truth';

import { API_PREFIX } from './api-prefix';

export { API_PREFIX };
export { API_KEY_SCHEME, BEARER_SCHEME };

const DESCRIPTION = `
**Chỉ số cải cách hành chính (PAR INDEX)** — API của nền tảng đánh giá, chấm điểm, thẩm định, xếp hạng và
công bố Chỉ số CCHC của các cơ quan, đơn vị trong tỉnh.

*The PAR Index platform API: criteria sets, self-assessment, appraisal, surveys, scoring, ranking, publication.*

- Xác thực / Authentication: \`Authorization: Bearer <accessToken>\` (from \`POST /api/v1/auth/login\`) on
  every route that is not public (\`security: []\`); \`X-API-Key: <key>\` only on the routes whose security
  lists \`api-key\`, and only with one of the scopes named in their description (\`x-api-key-scopes\`).
  Each operation's description says who may call it (\`x-roles\`; \`admin\` may call every route).
- Lỗi / Errors: \`application/problem+json\` (RFC 9457, schema \`Problem\`) with a stable \`code\`,
  \`title\`/\`detail\` in the language of \`Accept-Language\` (Vietnamese by default; answers carry
  \`Vary: Accept-Language\`) and \`messages.vi\` / \`messages.en\`. Each operation lists the statuses and codes
  it can answer; any route may also answer 429 \`RATE_LIMITED\`, 500 \`INTERNAL_ERROR\` or 503.
- Điểm / Points: decimals with at most 3 fractional digits; indices with 2.
`.trim();

/** The OpenAPI document of every route, post-processed from the code's metadata (openapi-truth.ts). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('PAR Index API — Chỉ số CCHC')
    .setDescription(DESCRIPTION)
    .setVersion('1.0')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'Máy chủ đang phục vụ tài liệu này / The server serving this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  return tellTheTruth(document, routeFacts(app, API_PREFIX));
}

/** Swagger UI at `/api/docs`, the JSON at `/api/docs-json` — public in every environment. */
export function setupSwagger(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'PAR Index API — Chỉ số CCHC',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true, docExpansion: 'none' },
  });
  return document;
}
