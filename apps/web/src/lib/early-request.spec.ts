import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEarly, takeEarly } from './early-request';

describe('early requests', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands the answer to the first taker only, once', async () => {
    const fetch = vi.fn(
      async (_request: Request) => new Response(JSON.stringify({ units: [1] }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    startEarly('/api/v1/public/periods/a/results');
    startEarly('/api/v1/public/periods/a/results');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0].headers.get('authorization')).toBeNull();
    expect(await takeEarly('/api/v1/public/periods/a/results')).toEqual({ units: [1] });
    expect(await takeEarly('/api/v1/public/periods/a/results')).toBeUndefined();
  });

  it('lets the page ask as usual after a refusal or a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 404 })),
    );
    startEarly('/b');
    expect(await takeEarly('/b')).toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    startEarly('/c');
    expect(await takeEarly('/c')).toBeUndefined();
    expect(await takeEarly('/never-started')).toBeUndefined();
  });
});
