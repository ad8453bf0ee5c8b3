import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, signedIn } from '../test/fake-api';
import { api, session, unwrap } from './api-client';
import { ApiError } from './api-error';
import { REFRESH_TOKEN_KEY } from './session';

const listUnits = () => unwrap(api.GET('/api/v1/units'));
const listUsers = () => unwrap(api.GET('/api/v1/users'));

describe('API client (fetch mocked at the boundary)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the access token and no token to the public routes', async () => {
    signedIn();
    const { calls } = fakeApi({ 'GET /api/v1/units': () => json([]) });
    await listUnits();
    await unwrap(api.GET('/api/v1/health'));
    expect(calls.map((c) => [c.path, c.auth])).toEqual([
      ['/api/v1/units', 'Bearer access-1'],
      ['/api/v1/health', null],
    ]);
  });

  it('renews a token about to expire before sending the request', async () => {
    session.start({ accessToken: 'access-1', refreshToken: 'rt-1', expiresIn: 30 });
    const { calls } = fakeApi({
      'POST /api/v1/auth/refresh': () =>
        json({ accessToken: 'access-2', refreshToken: 'rt-2', expiresIn: 900, tokenType: 'Bearer' }),
      'GET /api/v1/units': () => json([]),
    });
    await listUnits();
    expect(calls.map((c) => [c.path, c.auth, c.body])).toEqual([
      ['/api/v1/auth/refresh', null, { refreshToken: 'rt-1' }],
      ['/api/v1/units', 'Bearer access-2', undefined],
    ]);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('rt-2');
  });

  it('on 401 renews once for all failed requests and replays each with the new token', async () => {
    signedIn();
    const ok = (call: { auth: string | null }) =>
      call.auth === 'Bearer access-2' ? json([]) : problem(401, 'TOKEN_INVALID');
    const { calls, to } = fakeApi({
      'POST /api/v1/auth/refresh': async () => {
        await new Promise((r) => setTimeout(r, 10)); // both 401s arrive while it runs
        return json({ accessToken: 'access-2', refreshToken: 'rt-2', expiresIn: 900, tokenType: 'Bearer' });
      },
      'GET /api/v1/units': ok,
      'GET /api/v1/users': ok,
    });
    await expect(Promise.all([listUnits(), listUsers()])).resolves.toEqual([[], []]);
    expect(to('POST', '/api/v1/auth/refresh')).toHaveLength(1);
    expect(calls.filter((c) => c.path !== '/api/v1/auth/refresh').map((c) => c.auth)).toEqual([
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-2',
      'Bearer access-2',
    ]);
  });

  it('ends the session when the refresh token was reused, and the request fails with 401', async () => {
    signedIn();
    fakeApi({
      'POST /api/v1/auth/refresh': () => problem(401, 'REFRESH_TOKEN_REUSED'),
      'GET /api/v1/units': () => problem(401, 'TOKEN_INVALID'),
    });
    const error = await listUnits().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(session.getState()).toEqual({ status: 'ended', reason: 'revoked' });
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('turns problem+json into a typed error with its field errors', async () => {
    signedIn();
    fakeApi({
      'POST /api/v1/units': () =>
        problem(400, 'VALIDATION_FAILED', {
          errors: [{ field: 'code', code: 'matches', message: 'mã sai' }],
        }),
    });
    const error = await unwrap(
      api.POST('/api/v1/units', { body: { code: '!', name: 'x', type: 'ward' } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('VALIDATION_FAILED');
    expect((error as ApiError).problem.errors).toEqual([
      { field: 'code', code: 'matches', message: 'mã sai' },
    ]);
  });

  it('reports an unreachable server as SERVICE_UNAVAILABLE', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await unwrap(api.GET('/api/v1/health')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('SERVICE_UNAVAILABLE');
  });
});
