/** The one thing a seed needs from its surroundings: HTTP requests to `/api/v1` (fetch, or Fastify inject). */
export interface SeedHttp {
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options?: { body?: unknown; token?: string },
  ): Promise<{ status: number; body: unknown }>;
}

export interface SeedOptions {
  /** Deadlines of this year's period count from this day. */
  readonly today: Date;
  /** A bearer token of an admin, or the admin's credentials to sign in with. */
  readonly admin: { readonly token: string } | { readonly username: string; readonly password: string };
  /** Progress lines, Vietnamese first. */
  readonly log?: (line: string) => void;
}

export interface SeedReport {
  readonly province: string;
  readonly password: string;
  readonly users: readonly {
    readonly username: string;
    readonly role: string;
    readonly unitCode?: string;
    readonly position: string;
  }[];
  readonly periods: readonly { readonly year: number; readonly id: string; readonly state: string }[];
  readonly units: number;
  readonly criteriaSets: readonly string[];
  readonly itemsWritten: number;
  /** Survey forms stored in this year's period (online, paper and imported). */
  readonly surveyForms: number;
}

/** A refused seed step: which call, what the API answered. */
export class SeedError extends Error {
  constructor(
    readonly code: 'ALREADY_SEEDED' | 'REQUEST_FAILED',
    message: string,
    readonly status?: number,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'SeedError';
  }
}
