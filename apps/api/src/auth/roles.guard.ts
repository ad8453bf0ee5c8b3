import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiKeyScope, Role } from '@par/contracts';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { ANY_USER, ROLES_KEY, SCOPES_KEY, type AuthenticatedRequest } from './decorators';

/**
 * Global authorization by role (users) and scope (API keys). `admin` passes everywhere; a route without
 * `@Roles`/`@AnyUser` is admin-only; an API key passes only routes that list one of its scopes.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!principal) throw new DomainError('UNAUTHENTICATED');
    if (principal.kind === 'api_key') {
      const scopes = this.reflector.getAllAndOverride<ApiKeyScope[] | undefined>(SCOPES_KEY, targets) ?? [];
      if (scopes.some((scope) => principal.scopes.includes(scope))) return true;
      throw forbidden();
    }
    if (principal.role === 'admin') return true;
    if (this.reflector.getAllAndOverride<boolean>(ANY_USER, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (roles.includes(principal.role)) return true;
    throw forbidden();
  }
}

function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', {
    detail: { vi: 'Vai trò của bạn không được gọi chức năng này', en: 'Your role may not call this route' },
  });
}
