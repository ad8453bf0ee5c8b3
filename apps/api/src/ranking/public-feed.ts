import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../app/swagger';
import type { PublicationService, PublicBody } from './publication.service';

/** Public feed caching: a publication never changes, so caches may keep it a while and revalidate by ETag. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300';

/** The published results route as Fastify names it (after the global prefix). */
export const PUBLIC_RESULTS_ROUTE = `/${API_PREFIX}/public/periods/:id/results`;

const SUFFIX = { br: '-br"', gzip: '-gz"' } as const;

/**
 * Sends a public feed answer: ETag, Cache-Control: public, any origin, 304 when the client has it. With
 * `encoded`, the bytes compressed once (brotli when the client takes it and it is ready, else gzip): each a
 * representation with its own ETag (suffix); any of them revalidates.
 */
export function sendPublic(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | Buffer,
  etag: string,
  encoded?: Pick<PublicBody, 'gzip' | 'br'>,
): FastifyReply {
  const accept = request.headers['accept-encoding'] ?? '';
  const encoding =
    encoded?.br && /\bbr\b/.test(accept) ? 'br' : encoded && /\bgzip\b/.test(accept) ? 'gzip' : null;
  void reply.headers({
    etag: encoding ? `${etag.slice(0, -1)}${SUFFIX[encoding]}` : etag,
    'cache-control': PUBLIC_CACHE_CONTROL,
    vary: 'Accept-Encoding',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag',
  });
  const match = request.headers['if-none-match'];
  if (match && match.split(',').some((candidate) => bareTag(candidate) === etag))
    return reply.code(304).send();
  void reply.header('content-type', 'application/json; charset=utf-8');
  if (encoding === 'br' && encoded?.br) return reply.header('content-encoding', 'br').send(encoded.br);
  if (encoding === 'gzip' && encoded) return reply.header('content-encoding', 'gzip').send(encoded.gzip);
  return reply.send(body);
}

function bareTag(value: string): string {
  return value
    .trim()
    .replace(/^W\//, '')
    .replace(/-(gz|br)"$/, '"');
}

/**
 * The published results' fast path: a GET of a publication already in memory (and, for "the latest",
 * re-checked within the TTL) is answered in an `onRequest` hook — the precomputed bytes or 304 — without
 * the Nest pipeline (guards, validation pipe, interceptors) or the database. Safe because the route is
 * public, reads nothing from the request but the id, `version` and the caching headers, and is the same
 * answer the controller sends (`sendPublic`). Anything else — a first request, an expired entry, another
 * query — goes the ordinary way, which validates and fills the cache. Registered after helmet, so the
 * security headers are the same.
 */
export function installPublicFeedFastPath(fastify: FastifyInstance, publication: PublicationService): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || request.routeOptions.url !== PUBLIC_RESULTS_ROUTE) return done();
    const { id } = request.params as { id?: string };
    const query = request.query as Record<string, unknown>;
    const keys = Object.keys(query);
    let version: number | undefined;
    if (keys.length === 1 && keys[0] === 'version' && /^[1-9]\d{0,3}$/.test(String(query.version)))
      version = Number(query.version);
    else if (keys.length > 0) return done();
    const ready = id ? publication.peekPublicBody(id, version) : null;
    if (!ready) return done();
    sendPublic(request, reply, ready.body, ready.etag, ready);
  });
}
