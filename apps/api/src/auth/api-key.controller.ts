import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../common/http/params';
import type { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './auth.dto';
import { CurrentActor } from './decorators';
import type { Actor } from './principal';

const toApiKeyDto = (key: ApiKey): ApiKeyDto => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt,
  revokedAt: key.revokedAt,
});

/** API keys of provincial systems (admin only). */
@ApiTags('auth')
@Controller('api-keys')
export class ApiKeyController {
  constructor(private readonly keys: ApiKeyService) {}

  @Post()
  @ApiOperation({
    summary: 'Tạo khóa API / Create an API key',
    description: 'The key is in the answer once; only its hash is stored.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@Body() dto: CreateApiKeyDto, @CurrentActor() actor: Actor): Promise<CreatedApiKeyDto> {
    return this.keys.create(dto.name, dto.scopes, actor);
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách khóa API / List API keys' })
  @ApiOkResponse({ type: [ApiKeyDto] })
  async list(): Promise<ApiKeyDto[]> {
    return (await this.keys.list()).map(toApiKeyDto);
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thu hồi khóa API / Revoke an API key' })
  @ApiOkResponse({ type: ApiKeyDto })
  async revoke(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<ApiKeyDto> {
    return toApiKeyDto(await this.keys.revoke(id, actor));
  }
}
