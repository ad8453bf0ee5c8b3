import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, LogoutDto, MeDto, RefreshDto, TokenPairDto } from './auth.dto';
import { AllowedBeforePasswordChange, AnyUser, CurrentActor } from './decorators';
import type { Actor } from './principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập / Sign in',
    description:
      'One answer (401 INVALID_CREDENTIALS) for an unknown user, a wrong password or a disabled account. After 10 failed logins a minute from one client network: 429 with Retry-After; repeated failures on one account add growing delays (at most a minute, 429). Accounts are never locked.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (problem+json, Retry-After)' })
  login(@Body() dto: LoginDto, @CurrentActor() actor: Actor): Promise<TokenPairDto> {
    return this.auth.login(dto.username, dto.password, actor);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Làm mới phiên / Rotate tokens',
    description: 'Reusing a refresh token revokes its whole session family.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() dto: RefreshDto, @CurrentActor() actor: Actor): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken, actor);
  }

  @AllowedBeforePasswordChange()
  @AnyUser()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất / Sign out' })
  logout(@Body() dto: LogoutDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(dto.refreshToken, actor);
  }

  @AllowedBeforePasswordChange()
  @AnyUser()
  @Get('me')
  @ApiOperation({ summary: 'Người dùng hiện tại / Current user' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentActor() actor: Actor): Promise<MeDto> {
    const user = await this.auth.me(requireUser(actor));
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      unitCode: user.unit?.code ?? null,
      unitName: user.unit?.name ?? null,
      areaCodes: user.areaCodes,
      mustChangePassword: user.mustChangePassword,
    };
  }

  @AllowedBeforePasswordChange()
  @AnyUser()
  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đổi mật khẩu / Change own password',
    description:
      'Ends every other session; returns a new token pair. 5 wrong current passwords in 15 minutes: 429 with Retry-After.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  changePassword(@Body() dto: ChangePasswordDto, @CurrentActor() actor: Actor): Promise<TokenPairDto> {
    return this.auth.changePassword(requireUser(actor), dto.currentPassword, dto.newPassword, actor);
  }
}

function requireUser(actor: Actor): string {
  if (actor.principal?.kind !== 'user') {
    throw new DomainError('FORBIDDEN', {
      detail: { vi: 'chỉ dành cho người dùng', en: 'users only, not API keys' },
    });
  }
  return actor.principal.id;
}
