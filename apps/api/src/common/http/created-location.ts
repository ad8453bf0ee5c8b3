import { SetMetadata } from '@nestjs/common';

export const CREATED_LOCATION = 'par:created-location';

/**
 * Where a `201` answer's `Location` header points when the created thing is not the item right under the
 * collection posted to (that case needs no decorator, see `itemRouteOf`). `path` is a route template under
 * the API prefix (`/evidence/:evidenceId`); each `:name` is filled from `from[name]`:
 * `answer.<field>` (the answer's field), `param.<name>` (the request's path parameter) or `body.<field>`
 * (the request body's field). Without an entry, `:name` comes from the answer's field `name`, else the
 * request's path parameter `name`. The OpenAPI document shows the same template (openapi-truth.ts).
 */
export interface CreatedLocationSpec {
  path: string;
  from?: Record<string, `${'answer' | 'param' | 'body'}.${string}`>;
}

export const CreatedLocation = (path: string, from?: CreatedLocationSpec['from']) =>
  SetMetadata(CREATED_LOCATION, { path, from } satisfies CreatedLocationSpec);

/** The `Location` path for one answer, or `null` when a placeholder has no value. */
export function fillCreatedLocation(
  spec: CreatedLocationSpec,
  sources: { answer: unknown; params: Record<string, unknown>; body: unknown },
): string | null {
  const record = (value: unknown): Record<string, unknown> =>
    value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  let missing = false;
  const path = spec.path.replace(/:(\w+)/g, (_m, name: string) => {
    const source = spec.from?.[name];
    let value: unknown;
    if (source) {
      const [kind, field = ''] = source.split('.');
      value = record(kind === 'answer' ? sources.answer : kind === 'body' ? sources.body : sources.params)[
        field
      ];
    } else {
      value = record(sources.answer)[name] ?? sources.params[name];
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      missing = true;
      return '';
    }
    return encodeURIComponent(String(value));
  });
  return missing ? null : path;
}
