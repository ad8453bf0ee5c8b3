import fastifyStatic from '@fastify/static';
import { NotFoundException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error';
import { sendProblem } from '../common/errors/problem-responder';

export const badPath = () =>
  new DomainError('BAD_REQUEST', {
    detail: { vi: 'đường dẫn có mã %xx không hợp lệ', en: 'the path has a malformed %-escape' },
  });

const NOT_BUILT = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>PAR Index</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto">
<h1>Chỉ số CCHC — PAR Index</h1>
<p>Giao diện web chưa được build. Chạy <code>npm start</code> (tự build) hoặc <code>npx nx build web</code>.</p>
<p lang="en">The web app is not built yet. Run <code>npm start</code> (it builds) or <code>npx nx build web</code>.</p>
<p>API: <a href="/api/docs">/api/docs</a> · <a href="/api/v1/health">/api/v1/health</a></p></body></html>`;

/**
 * Serves the built SPA at `/`: files as they are, client-side routes fall back to `index.html`.
 * `/api/*` never falls back: an unknown API path is a problem+json 404.
 * The build writes `.br` and `.gz` beside each text file (apps/web/vite.config.ts): a browser that accepts
 * them gets those (`Content-Encoding`, `Vary: Accept-Encoding`), nothing is compressed per request. Hashed
 * files (`/assets/`) are cached for a year as immutable; `index.html` and the other unhashed files are
 * revalidated on every use (`no-cache`), so a new build reaches everyone on their next load.
 */
export async function serveSpa(fastify: FastifyInstance, distDir: string | null): Promise<void> {
  if (distDir) {
    await fastify.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The build's manifest (`.vite/`) is for `npm run bench`, not for browsers.
      dotfiles: 'ignore',
      setHeaders: (reply, path) => {
        void reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  const fallback = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const lastSegment = path.slice(path.lastIndexOf('/') + 1);
    if (
      path === '/api' ||
      path.startsWith('/api/') ||
      path.includes('/.') ||
      (lastSegment.includes('.') && !distDir)
    ) {
      sendProblem(new NotFoundException(), request, reply);
      return reply;
    }
    if (!distDir) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    // A file added since start (a rebuilt SPA): served from disk at request time; `send` refuses `..`.
    if (lastSegment.includes('.')) {
      let file: string;
      try {
        file = decodeURIComponent(path.slice(1));
      } catch {
        // A malformed %-escape is the caller's mistake: 400, never a 500.
        sendProblem(badPath(), request, reply);
        return reply;
      }
      return reply.sendFile(file, distDir);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', distDir);
  };
  fastify.get('/', fallback);
  fastify.get('/*', fallback);
}
