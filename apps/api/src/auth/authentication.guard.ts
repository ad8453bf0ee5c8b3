import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { databaseFailureOf } from '../common/database-errors';
import { DomainError } from '../common/errors/domain-error';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { ApiKeyService } from './api-key.service';
import { BEFORE_PASSWORD_CHANGE, type AuthenticatedRequest } from './decorators';

/**
 * Global authentication: every route needs a valid API key (`X-API-Key`) or bearer token, unless `@Public()`.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['x-api-key'];
    if (typeof key === 'string' && key.length > 0) {
      request.user = await this.apiKeys.authenticate(key, {
        ip: request.ip ?? null,
        requestId: String(request.id),
      });
      return true;
    }
    const allowed = (await super.canActivate(context)) as boolean;
    const principal = request.user;
    if (
      principal?.kind === 'user' &&
      principal.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, [
        context.getHandler(),
        context.getClass(),
      ])
    ) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    }
    return allowed;
  }

  override handleRequest<T>(error: unknown, user: T, _info: unknown, context: ExecutionContext): T {
    if (error instanceof DomainError) throw error;
    // The user could not be read (database down, timed out): 503 for the filter, never "your token is bad" —
    // a 401 would sign every user out of the SPA during a database restart.
    if (error instanceof Error && databaseFailureOf(error)) throw error;
    if (error || !user) {
      const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
      throw new DomainError(request.headers.authorization ? 'TOKEN_INVALID' : 'UNAUTHENTICATED');
    }
    return user;
  }
}
