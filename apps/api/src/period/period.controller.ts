import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AnyUser, ApiKeyScopes, CurrentActor } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { codeParam, uuidParam } from '../common/http/params';
import {
  CreatedPeriodDto,
  CreatePeriodDto,
  PeriodDetailDto,
  PeriodStateDto,
  PeriodPageDto,
  PeriodQueryDto,
  PeriodUnitInputDto,
  UnitDeadlineDto,
  UpdatePeriodDto,
} from './period.dto';
import { PeriodParticipantService } from './period-participant.service';
import { PeriodStateService } from './period-state.service';
import { PeriodService } from './period.service';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';

@ApiTags('period')
@Controller('periods')
export class PeriodController {
  constructor(
    private readonly periods: PeriodService,
    private readonly participants: PeriodParticipantService,
    private readonly states: PeriodStateService,
  ) {}

  @Idempotent()
  @Post()
  @ApiOperation({
    summary: 'Mở kỳ đánh giá / Create a period',
    description: 'Starts in `setup`; every participating unit gets an empty draft assessment at once.',
  })
  @ApiCreatedResponse({ type: CreatedPeriodDto })
  async create(@Body() dto: CreatePeriodDto, @CurrentActor() actor: Actor): Promise<CreatedPeriodDto> {
    return { id: (await this.periods.create(dto, actor)).id };
  }

  @AnyUser()
  @ApiKeyScopes('periods:read')
  @Get()
  @ApiOperation({
    summary: 'Danh sách kỳ đánh giá / List periods',
    description: 'Unit roles see the periods of their unit.',
  })
  @ApiOkResponse({ type: PeriodPageDto })
  list(@Query() query: PeriodQueryDto, @CurrentActor() actor: Actor): Promise<PeriodPageDto> {
    return this.periods.list(actor, query);
  }

  @AnyUser()
  @ApiKeyScopes('periods:read')
  @Get(':id')
  @ApiOperation({
    summary: 'Một kỳ đánh giá / One period',
    description: 'Unit roles see only their own unit in `units`.',
  })
  @ApiOkResponse({ type: PeriodDetailDto })
  detail(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<PeriodDetailDto> {
    return this.periods.detail(id, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Sửa tên, hạn / Edit name and deadlines' })
  @ApiOkResponse({ type: PeriodDetailDto })
  async update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdatePeriodDto,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodDetailDto> {
    await this.periods.update(id, dto, actor);
    return this.periods.detail(id, actor);
  }

  @Post(':id/state')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Chuyển trạng thái / Move the period',
    description:
      'setup → self_assessment (freezes its criteria sets) → appraisal (needs every unit submitted or the deadline passed; drafts left are locked) → explanation (needs round 1 done on every assessment leaf; results go back to units) → final_appraisal (needs the explanation window closed). A refused move is 409 PERIOD_STATE_CONFLICT naming each unmet precondition.',
  })
  @ApiOkResponse({ type: PeriodDetailDto })
  @ApiConflictResponse({ description: 'PERIOD_STATE_CONFLICT with `errors[]`, one per unmet precondition' })
  async state(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PeriodStateDto,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodDetailDto> {
    await this.states.move(id, dto.state, actor);
    return this.periods.detail(id, actor);
  }

  @Post(':id/units')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thêm đơn vị tham gia / Add participating units (setup)' })
  @ApiOkResponse({ type: PeriodDetailDto })
  async addUnits(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PeriodUnitInputDto,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodDetailDto> {
    await this.participants.addUnits(id, [dto], actor);
    return this.periods.detail(id, actor);
  }

  @Delete(':id/units/:code')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Bớt đơn vị / Remove a unit (setup)',
    description: 'Read the period again (`GET /periods/{id}`) for its new unit list.',
  })
  @ApiNoContentResponse({ description: 'Đã bớt / Removed' })
  async removeUnit(
    @Param('id', uuidParam()) id: string,
    @Param('code', codeParam()) code: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.participants.removeUnit(id, code, actor);
  }

  @Patch(':id/units/:code')
  @ApiOperation({ summary: 'Gia hạn cho một đơn vị / Extend a deadline for one unit' })
  @ApiOkResponse({ type: PeriodDetailDto })
  async extend(
    @Param('id', uuidParam()) id: string,
    @Param('code', codeParam()) code: string,
    @Body() dto: UnitDeadlineDto,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodDetailDto> {
    await this.participants.setUnitDeadlines(id, code, dto, actor);
    return this.periods.detail(id, actor);
  }
}
