import type { paths } from '@par/contracts';
import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, errorOf, networkProblem } from './api-error';
import { Session } from './session';

/** The typed client of `/api/v1` (paths from the committed OpenAPI document). */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  headers: { Accept: 'application/json' },
  // Looked up on every call, not captured once: tests replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

/** Resolves to the answer's data; a non-2xx answer rejects with `ApiError` (the problem document). */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw errorOf(error, response);
  return data as T;
}

/**
 * A value as the type it really has where the generated contract cannot say it: free-form JSON (v1
 * documents, rules, results) and date-times typed `Record<string, never>`. Used only in a feature's api file.
 */
export const asContract = <T>(value: unknown): T => value as T;

/** Query parameters without the empty ones (an empty filter means "any", and `type=` would not validate). */
/** The page size the SPA asks lists for: the API's maximum. */
export const WHOLE_LIST = 500;

/**
 * Every item of a paged list (`{ items, total, limit, offset }`): pages of `WHOLE_LIST` until `total` is
 * reached — one request for a province, a few at national scale. The screens filter whole lists.
 */
export async function allItems<T>(
  fetchPage: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += WHOLE_LIST) {
    const page = await fetchPage({ limit: WHOLE_LIST, offset });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export function compactQuery<T extends object>(params: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== '' && value !== undefined),
  ) as Partial<T>;
}

/** The signed-in session of this browser tab. */
export const session = new Session({
  storage: localStorage,
  renew: (refreshToken) => unwrap(api.POST('/api/v1/auth/refresh', { body: { refreshToken } })),
});

const WITHOUT_TOKEN = new Set<string>(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/health']);

const bearer = (token: string) => `Bearer ${token}`;

/**
 * Sends the access token (renewed first when it is about to expire); on a 401 renews once — shared by every
 * request that failed at the same time — and replays the request with the new token.
 */
function authMiddleware(current: Session): Middleware {
  const replays = new WeakMap<Request, { copy: Request; token: string }>();
  return {
    async onRequest({ request, schemaPath }) {
      if (WITHOUT_TOKEN.has(schemaPath)) return undefined;
      const token = await current.accessToken();
      if (!token) return undefined;
      request.headers.set('Authorization', bearer(token));
      replays.set(request, { copy: request.clone(), token });
      return request;
    },
    async onResponse({ request, response, options }) {
      const replay = replays.get(request);
      if (response.status !== 401 || !replay) return undefined;
      const token = await current.renewAfterRejection(replay.token);
      if (!token) return undefined;
      replay.copy.headers.set('Authorization', bearer(token));
      const second = await options.fetch(replay.copy);
      // A token issued this instant and still refused: the account was disabled or changed.
      if (second.status === 401) current.end('expired');
      return second;
    },
    onError({ error }) {
      if (error instanceof DOMException && error.name === 'AbortError') return undefined;
      return new ApiError(networkProblem(0, error instanceof Error ? error.message : String(error)));
    },
  };
}

api.use(authMiddleware(session));
