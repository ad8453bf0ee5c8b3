import type { ApiKeyScope, Role } from '@par/contracts';

/** Who is calling: a signed-in user or a provincial system's API key. */
export type Principal = UserPrincipal | ApiKeyPrincipal;

export interface UserPrincipal {
  kind: 'user';
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
  unitCode: string | null;
  areaCodes: string[];
  /** Set after an admin reset or for a generated first password: only the change-password route is open. */
  mustChangePassword?: boolean;
}

export interface ApiKeyPrincipal {
  kind: 'api_key';
  id: string;
  name: string;
  scopes: ApiKeyScope[];
}

/** The caller and where the call came from; services take it for row-level checks and the audit log. */
export interface Actor {
  principal: Principal | null;
  ip: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { principal: null, ip: null, requestId: null };

export function isAdmin(actor: Actor): boolean {
  return actor.principal?.kind === 'user' && actor.principal.role === 'admin';
}

export function userOf(actor: Actor): UserPrincipal | null {
  return actor.principal?.kind === 'user' ? actor.principal : null;
}
