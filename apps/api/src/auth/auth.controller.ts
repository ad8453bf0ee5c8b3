import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, LogoutDto, MeDto, RefreshDto, TokenPairDto } from './auth.dto';
import { AnyUser, CurrentActor } from './decorators';
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
      'After 10 failed logins a minute from one client: 429 with Retry-After. 5 failures in a row lock the account for 15 minutes (423).',
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

  @AnyUser()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất / Sign out' })
  logout(@Body() dto: LogoutDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(dto.refreshToken, actor);
  }

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

  @AnyUser()
  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đổi mật khẩu / Change own password',
    description: 'Ends every other session; returns a new token pair.',
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
