/**
 * A public GET started by the router as soon as the address is known, before the page's chunk has even
 * downloaded (the page would only ask once rendered): the page's query takes the answer instead of asking
 * again. Taken once; anything later (a refetch) asks the API as usual. No token is sent: public routes only.
 */
const started = new Map<string, Promise<Response>>();

export function startEarly(path: string): void {
  if (started.has(path) || typeof globalThis.fetch !== 'function') return;
  const request = new Request(new URL(path, globalThis.location?.origin ?? 'http://localhost'), {
    headers: { Accept: 'application/json' },
  });
  // A failure here is no failure: the page then asks as usual.
  started.set(
    path,
    globalThis.fetch(request).catch(() => new Response(null, { status: 599 })),
  );
}

/** The early answer's JSON when it came back 2xx; undefined (ask as usual) otherwise or when none started. */
export async function takeEarly<T>(path: string): Promise<T | undefined> {
  const pending = started.get(path);
  if (!pending) return undefined;
  started.delete(path);
  const response = await pending;
  return response.ok ? ((await response.json()) as T) : undefined;
}
