import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam } from '../common/http/params';
import { deadlineInstant } from '../common/time/deadline';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './auth.dto';
import { CurrentActor } from './decorators';
import type { Actor } from './principal';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';
import { CreatedLocation } from '../common/http/created-location';

const toApiKeyDto = (key: ApiKey): ApiKeyDto => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt,
  revokedAt: key.revokedAt,
  expiresAt: key.expiresAt,
});

/** API keys of provincial systems (admin only). */
@ApiTags('auth')
@Controller('api-keys')
export class ApiKeyController {
  constructor(
    private readonly keys: ApiKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Idempotent()
  @Post()
  @CreatedLocation('/api-keys/:id')
  @ApiOperation({
    summary: 'Tạo khóa API / Create an API key',
    description:
      'The key is in the answer once; only its hash is stored. `expiresAt` (optional) ends it: past that instant every call with it is 401 API_KEY_EXPIRED, audited.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@Body() dto: CreateApiKeyDto, @CurrentActor() actor: Actor): Promise<CreatedApiKeyDto> {
    const expiresAt = deadlineInstant(dto.expiresAt, this.config.env.PAR_TIME_ZONE, 'expiresAt');
    return this.keys.create(dto.name, dto.scopes, actor, expiresAt);
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách khóa API / List API keys' })
  @ApiOkResponse({ type: [ApiKeyDto] })
  async list(): Promise<ApiKeyDto[]> {
    return (await this.keys.list()).map(toApiKeyDto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Thu hồi khóa API / Revoke an API key' })
  @ApiNoContentResponse({ description: 'Đã thu hồi / Revoked (the key stays listed with `revokedAt`)' })
  async revoke(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.keys.revoke(id, actor);
  }
}
