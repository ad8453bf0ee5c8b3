import { ApiError } from './api-error';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
}

/**
 * Why a session ended: the user signed out (here or in another tab), the refresh token expired or was
 * refused, or the server revoked the session because a refresh token was used twice.
 */
export type SessionEndReason = 'logout' | 'expired' | 'revoked';

export type SessionState = { status: 'active' } | { status: 'ended'; reason: SessionEndReason | null };

interface SessionOptions {
  /** Trades a refresh token for a new pair (`POST /auth/refresh`); throws `ApiError` when refused. */
  renew(refreshToken: string): Promise<TokenPair>;
  storage: Storage;
  now?: () => number;
}

export const REFRESH_TOKEN_KEY = 'par.refreshToken';
/** Renew this long before the access token expires, so no request leaves with a token about to die. */
const RENEW_MARGIN_MS = 60_000;
const LOCK_NAME = 'par.refresh';

/**
 * The signed-in session. The access token lives in memory only; the refresh token in storage, so a reload
 * keeps the session. Renewal is single-flight: concurrent callers share one `POST /auth/refresh` (a refresh
 * token is single-use — sending one twice revokes the whole session), and across tabs a Web Lock makes each
 * renewal read the newest refresh token another tab may have just stored.
 */
export class Session {
  private access: { token: string; expiresAt: number } | null = null;
  private renewal: Promise<string | null> | null = null;
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;

  constructor(private readonly options: SessionOptions) {
    this.now = options.now ?? Date.now;
    this.state = this.refreshToken() ? { status: 'active' } : { status: 'ended', reason: null };
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  refreshToken(): string | null {
    return this.options.storage.getItem(REFRESH_TOKEN_KEY);
  }

  /** Signs in with a fresh pair (login, password change) or stores a rotated one. */
  start(pair: TokenPair): void {
    this.access = { token: pair.accessToken, expiresAt: this.now() + pair.expiresIn * 1000 };
    this.options.storage.setItem(REFRESH_TOKEN_KEY, pair.refreshToken);
    this.setState({ status: 'active' });
  }

  end(reason: SessionEndReason): void {
    this.access = null;
    this.options.storage.removeItem(REFRESH_TOKEN_KEY);
    if (this.state.status === 'active') this.setState({ status: 'ended', reason });
  }

  /** A valid access token, renewed first when it is missing or about to expire; null without a session. */
  async accessToken(): Promise<string | null> {
    if (this.state.status !== 'active') return null;
    if (this.access && this.access.expiresAt - RENEW_MARGIN_MS > this.now()) return this.access.token;
    return this.renew();
  }

  /** After the API refused `rejected` (401): renews once, unless another caller already did. */
  async renewAfterRejection(rejected: string): Promise<string | null> {
    if (this.access && this.access.token !== rejected) return this.access.token;
    this.access = null;
    return this.renew();
  }

  /** Another tab signed out (or in): follow it. Wire to the window's `storage` event. */
  onStorage = (event: StorageEvent): void => {
    if (event.key !== REFRESH_TOKEN_KEY && event.key !== null) return;
    if (this.refreshToken()) {
      this.setState({ status: 'active' });
    } else if (this.state.status === 'active') {
      this.access = null;
      this.setState({ status: 'ended', reason: 'logout' });
    }
  };

  private renew(): Promise<string | null> {
    this.renewal ??= acrossTabs(() => this.rotate()).finally(() => {
      this.renewal = null;
    });
    return this.renewal;
  }

  private async rotate(): Promise<string | null> {
    const refreshToken = this.refreshToken();
    if (!refreshToken) {
      this.end('expired');
      return null;
    }
    try {
      const pair = await this.options.renew(refreshToken);
      this.start(pair);
      return pair.accessToken;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        this.end(error.code === 'REFRESH_TOKEN_REUSED' ? 'revoked' : 'expired');
        return null;
      }
      throw error; // unreachable server: keep the refresh token and let the caller retry later
    }
  }

  private setState(next: SessionState): void {
    if (next.status === this.state.status) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

/** Runs `work` under a lock shared by every tab of this origin, where the browser has Web Locks. */
async function acrossTabs<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request(LOCK_NAME, work) : work();
}
