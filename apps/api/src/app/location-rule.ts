/**
 * The rule for `Location` on a `201`: the created resource is the item route right under the collection
 * posted to (`POST /periods` → `GET /periods/:id`), filled from the answer's `id` (a `…Id` or `id`
 * parameter) or the field named like the parameter (`:code` → `code`). `null` when there is none.
 * Shared by the interceptor and the OpenAPI document, so both say the same.
 */
export function itemRouteOf(
  postPath: string,
  getPaths: Iterable<string>,
): { path: string; field: string } | null {
  const normal = postPath.replace(/\{(\w+)\}/g, ':$1');
  for (const candidate of getPaths) {
    const path = candidate.replace(/\{(\w+)\}/g, ':$1');
    const match = new RegExp(`^${escape(normal)}/:(\\w+)$`).exec(path);
    if (match?.[1]) return { path, field: /(^id|Id)$/.test(match[1]) ? 'id' : match[1] };
  }
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
