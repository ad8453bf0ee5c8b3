import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiKeyService } from './api-key.service';
import { ApiKeyController } from './api-key.controller';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { RateLimitService } from './rate-limit.service';
import { SessionCleanupService } from './session-cleanup.service';
import { RolesGuard } from './roles.guard';
import { RouteCatalog } from './route-catalog';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    DiscoveryModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController, ApiKeyController],
  providers: [
    PasswordService,
    TokenService,
    LoginThrottleService,
    RateLimitService,
    SessionCleanupService,
    ApiKeyService,
    JwtStrategy,
    AuthService,
    RouteCatalog,
    AuthenticationGuard,
    RolesGuard,
  ],
  exports: [
    RateLimitService,
    PasswordService,
    TokenService,
    ApiKeyService,
    RouteCatalog,
    AuthenticationGuard,
    RolesGuard,
  ],
})
export class AuthModule {}
