import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../organization/user.entity';
import type { UserPrincipal } from './principal';
import { TokenService, type AccessPayload } from './token.service';

/** Bearer access tokens (passport-jwt, HS256). The user is re-read on every request: disabling works at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessPayload): Promise<UserPrincipal> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
      throw new DomainError('TOKEN_INVALID');
    }
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id: payload.sub }, relations: { unit: true } });
    if (!user || user.tokenVersion !== payload.tv) throw new DomainError('TOKEN_INVALID');
    if (!user.active) throw new DomainError('ACCOUNT_DISABLED');
    // Logout (or a revoke, or the session's 30 days) ends the session: its access tokens die with it.
    if (!(await this.tokens.sessionIsLive(payload.sid))) throw new DomainError('SESSION_REVOKED');
    return { ...principalOf(user), mustChangePassword: user.mustChangePassword && payload.pcx !== true };
  }
}

export function principalOf(user: User): UserPrincipal {
  return {
    kind: 'user',
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unitId,
    unitCode: user.unit?.code ?? null,
    areaCodes: user.areaCodes,
  };
}
