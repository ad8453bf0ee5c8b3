import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyUser, ApiKeyScopes, CurrentActor } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { codeParam } from '../common/http/params';
import {
  CreateUnitDto,
  CreateUnitTypeDto,
  UnitDto,
  UnitPageDto,
  UnitQueryDto,
  UnitTypeDto,
  UpdateUnitDto,
  UpdateUnitTypeDto,
} from './organization.dto';
import { toUnitDto, UnitService } from './unit.service';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';
import { CreatedLocation } from '../common/http/created-location';

@ApiTags('organization')
@Controller()
export class UnitController {
  constructor(private readonly units: UnitService) {}

  @AnyUser()
  @ApiKeyScopes('units:read')
  @Get('unit-types')
  @ApiOperation({ summary: 'Loại đơn vị / Unit types' })
  @ApiOkResponse({ type: [UnitTypeDto] })
  listTypes(): Promise<UnitTypeDto[]> {
    return this.units.listTypes();
  }

  @Idempotent()
  @Post('unit-types')
  @CreatedLocation('/unit-types/:code')
  @ApiOperation({ summary: 'Thêm loại đơn vị / Add a unit type' })
  @ApiCreatedResponse({ type: UnitTypeDto })
  createType(@Body() dto: CreateUnitTypeDto, @CurrentActor() actor: Actor): Promise<UnitTypeDto> {
    return this.units.createType(dto, actor);
  }

  @Patch('unit-types/:code')
  @ApiOperation({ summary: 'Sửa loại đơn vị / Edit a unit type' })
  @ApiOkResponse({ type: UnitTypeDto })
  updateType(
    @Param('code', codeParam()) code: string,
    @Body() dto: UpdateUnitTypeDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitTypeDto> {
    return this.units.updateType(code, dto, actor);
  }

  @AnyUser()
  @ApiKeyScopes('units:read')
  @Get('units')
  @ApiOperation({
    summary: 'Danh sách đơn vị / List units',
    description: 'Unit roles see only their own unit.',
  })
  @ApiOkResponse({ type: UnitPageDto })
  async list(@Query() query: UnitQueryDto, @CurrentActor() actor: Actor): Promise<UnitPageDto> {
    const page = await this.units.list(query, actor);
    return { ...page, items: page.items.map(toUnitDto) };
  }

  @Idempotent()
  @Post('units')
  @ApiOperation({
    summary: 'Thêm đơn vị / Create a unit',
    description:
      'A code already used, ignoring case, is 409 UNIT_CODE_TAKEN with `existingCode` and `existing` (its URL).',
  })
  @ApiCreatedResponse({ type: UnitDto })
  async create(@Body() dto: CreateUnitDto, @CurrentActor() actor: Actor): Promise<UnitDto> {
    return toUnitDto(await this.units.create(dto, actor));
  }

  @AnyUser()
  @ApiKeyScopes('units:read')
  @Get('units/:code')
  @ApiOperation({
    summary: 'Một đơn vị / One unit',
    description: 'By code, ignoring case (`stp` finds `STP`: codes are unique ignoring case).',
  })
  @ApiOkResponse({ type: UnitDto })
  async get(@Param('code', codeParam()) code: string, @CurrentActor() actor: Actor): Promise<UnitDto> {
    return toUnitDto(await this.units.get(code, actor));
  }

  @Patch('units/:code')
  @ApiOperation({
    summary: 'Sửa đơn vị / Edit a unit',
    description: 'Send the `version` you read; a stale one answers 409 STALE_VERSION with the current unit.',
  })
  @ApiOkResponse({ type: UnitDto })
  async update(
    @Param('code', codeParam()) code: string,
    @Body() dto: UpdateUnitDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitDto> {
    return toUnitDto(await this.units.update(code, dto, actor));
  }
}
