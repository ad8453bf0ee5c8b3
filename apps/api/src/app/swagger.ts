import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export const API_PREFIX = 'api/v1';
export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';

const DESCRIPTION = `
**Chỉ số cải cách hành chính (PAR INDEX)** — API của nền tảng đánh giá, chấm điểm, thẩm định, xếp hạng và
công bố Chỉ số CCHC của các cơ quan, đơn vị trong tỉnh.

*The PAR Index platform API: criteria sets, self-assessment, appraisal, surveys, scoring, ranking, publication.*

- Xác thực / Authentication: \`Authorization: Bearer <accessToken>\` (from \`POST /api/v1/auth/login\`) or
  \`X-API-Key: <key>\` for provincial systems. Every route needs one of them unless it says \`security: []\`.
- Lỗi / Errors: \`application/problem+json\` (RFC 9457) with a stable \`code\`, \`title\`/\`detail\` in the
  language of \`Accept-Language\` (Vietnamese by default) and \`messages.vi\` / \`messages.en\`.
- Điểm / Points: decimals with at most 3 fractional digits; indices with 2.
`.trim();

/** The OpenAPI document of every route; public operations carry `security: []`. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('PAR Index API — Chỉ số CCHC')
    .setDescription(DESCRIPTION)
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .addSecurityRequirements(API_KEY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Array<Record<string, unknown>>) {
      if (operation && typeof operation === 'object' && operation['x-public'] === true)
        operation.security = [];
    }
  }
  return document;
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
