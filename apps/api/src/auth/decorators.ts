import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { ApiKeyScope, Role } from '@par/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor, Principal } from './principal';

export const ROLES_KEY = 'par:roles';
export const SCOPES_KEY = 'par:scopes';
export const ANY_USER = 'par:anyUser';
export const BEFORE_PASSWORD_CHANGE = 'par:beforePasswordChange';

/**
 * A route a user who must change their password may still call (the change itself, `me`, logout); every
 * other route answers 403 PASSWORD_CHANGE_REQUIRED until the change is done.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

const problems = [
  ApiUnauthorizedResponse({
    description: 'UNAUTHENTICATED / TOKEN_INVALID / INVALID_API_KEY / API_KEY_EXPIRED (problem+json)',
  }),
  ApiForbiddenResponse({ description: 'FORBIDDEN (problem+json)' }),
];

/**
 * The roles that may call a route (besides `admin`, who may call every route). A route with neither
 * `@Roles` nor `@AnyUser` is admin-only: forgetting to say who may call it never opens it.
 */
export const Roles = (...roles: Exclude<Role, 'admin'>[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', ['admin', ...roles]), ...problems);

/** Every signed-in user (any role); row-level checks in the service still apply. */
export const AnyUser = () =>
  applyDecorators(SetMetadata(ANY_USER, true), ApiExtension('x-roles', ['*']), ...problems);

/** API-key scopes that may call a route; without this decorator no API key may. */
export const ApiKeyScopes = (...scopes: ApiKeyScope[]) =>
  applyDecorators(SetMetadata(SCOPES_KEY, scopes), ApiExtension('x-api-key-scopes', scopes));

export interface AuthenticatedRequest extends FastifyRequest {
  user?: Principal;
}

export function actorOf(request: AuthenticatedRequest): Actor {
  return { principal: request.user ?? null, ip: request.ip ?? null, requestId: String(request.id) };
}

/** The calling principal with the request's IP and id, for services and the audit log. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor =>
  actorOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);
