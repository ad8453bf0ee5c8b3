import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import {
  CreateUserDto,
  ResetPasswordDto,
  ResetPasswordResultDto,
  UpdateUserDto,
  UserDto,
  UserPageDto,
  UserQueryDto,
} from './organization.dto';
import { toUserDto, UserService } from './user.service';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';

/** Accounts; admin only (no role may create users or raise its own role). */
@ApiTags('organization')
@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Idempotent()
  @Post()
  @ApiOperation({ summary: 'Tạo tài khoản / Create a user' })
  @ApiCreatedResponse({ type: UserDto })
  async create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return toUserDto(await this.users.create(dto, actor));
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách tài khoản / List users' })
  @ApiOkResponse({ type: UserPageDto })
  async list(@Query() query: UserQueryDto): Promise<UserPageDto> {
    const page = await this.users.list(query);
    return { ...page, items: page.items.map(toUserDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một tài khoản / One user' })
  @ApiOkResponse({ type: UserDto })
  async get(@Param('id', uuidParam()) id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Sửa tài khoản / Edit a user',
    description: 'Disabling or changing the role ends the user’s sessions.',
  })
  @ApiOkResponse({ type: UserDto })
  async update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return toUserDto(await this.users.update(id, dto, actor));
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đặt lại mật khẩu / Reset a password',
    description: 'Returns the new password once; the user must change it.',
  })
  @ApiOkResponse({ type: ResetPasswordResultDto })
  async resetPassword(
    @Param('id', uuidParam()) id: string,
    @Body() dto: ResetPasswordDto,
    @CurrentActor() actor: Actor,
  ): Promise<ResetPasswordResultDto> {
    return { password: await this.users.resetPassword(id, dto.newPassword, actor) };
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở khóa tài khoản / Unlock an account' })
  @ApiOkResponse({ type: UserDto })
  async unlock(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<UserDto> {
    return toUserDto(await this.users.unlock(id, actor));
  }
}
