import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { REFRESH_TOKEN_KEY, Session, type TokenPair } from './session';
import { problem } from '../test/fake-api';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

const pair = (n: number, expiresIn = 900): TokenPair => ({
  accessToken: `access-${n}`,
  refreshToken: `rt-${n}`,
  expiresIn,
});

async function refused(status: number, code: 'REFRESH_TOKEN_REUSED' | 'TOKEN_INVALID'): Promise<never> {
  throw new ApiError(await problem(status, code).json());
}

describe('Session', () => {
  it('is active after a reload when a refresh token is stored, and renews the access token first', async () => {
    const renew = vi.fn(async () => pair(2));
    const session = new Session({ storage: memoryStorage({ [REFRESH_TOKEN_KEY]: 'rt-1' }), renew });
    expect(session.getState()).toEqual({ status: 'active' });
    await expect(session.accessToken()).resolves.toBe('access-2');
    expect(renew).toHaveBeenCalledWith('rt-1');
    expect(session.refreshToken()).toBe('rt-2');
  });

  it('renews once for concurrent callers (a refresh token is single-use)', async () => {
    let resolve!: (value: TokenPair) => void;
    const renew = vi.fn(() => new Promise<TokenPair>((r) => (resolve = r)));
    const session = new Session({ storage: memoryStorage(), renew });
    session.start(pair(1, 30)); // expires inside the renewal margin
    const tokens = Promise.all([session.accessToken(), session.accessToken(), session.accessToken()]);
    resolve(pair(2));
    await expect(tokens).resolves.toEqual(['access-2', 'access-2', 'access-2']);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('does not renew again after a 401 when another request already renewed', async () => {
    const renew = vi.fn(async () => pair(3));
    const session = new Session({ storage: memoryStorage(), renew });
    session.start(pair(2));
    await expect(session.renewAfterRejection('access-1')).resolves.toBe('access-2');
    expect(renew).not.toHaveBeenCalled();
    await expect(session.renewAfterRejection('access-2')).resolves.toBe('access-3');
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('ends as revoked when the server reports a reused refresh token', async () => {
    const storage = memoryStorage();
    const session = new Session({ storage, renew: () => refused(401, 'REFRESH_TOKEN_REUSED') });
    const listener = vi.fn();
    session.start(pair(1, 0));
    session.subscribe(listener);
    await expect(session.accessToken()).resolves.toBeNull();
    expect(session.getState()).toEqual({ status: 'ended', reason: 'revoked' });
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ends as expired when the refresh token is refused otherwise', async () => {
    const session = new Session({ storage: memoryStorage(), renew: () => refused(401, 'TOKEN_INVALID') });
    session.start(pair(1, 0));
    await expect(session.accessToken()).resolves.toBeNull();
    expect(session.getState()).toEqual({ status: 'ended', reason: 'expired' });
  });

  it('keeps the session when the server cannot be reached', async () => {
    const session = new Session({
      storage: memoryStorage(),
      renew: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    session.start(pair(1, 0));
    await expect(session.accessToken()).rejects.toThrow('Failed to fetch');
    expect(session.getState()).toEqual({ status: 'active' });
    expect(session.refreshToken()).toBe('rt-1');
  });

  it('follows a sign-out in another tab', () => {
    const storage = memoryStorage();
    const session = new Session({ storage, renew: async () => pair(2) });
    session.start(pair(1));
    storage.removeItem(REFRESH_TOKEN_KEY);
    session.onStorage(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, newValue: null }));
    expect(session.getState()).toEqual({ status: 'ended', reason: 'logout' });
  });
});
