import { Body, Controller, Get, HttpCode, Param, ParseBoolPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyScopes, CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { createValidationPipe } from '../common/errors/validation';
import { codeParam, uuidParam } from '../common/http/params';
import { BulkAcceptDto, BulkFinalizeDto, BulkResultDto } from './appraisal-bulk.dto';
import { AppraisalBulkService } from './appraisal-bulk.service';
import { QueuePageDto, QueueQueryDto } from './appraisal-queue.dto';
import { AppraisalQueueService } from './appraisal-queue.service';
import { AssessmentExportService } from './assessment-export.service';
import { ImportResultDto } from './assessment-import.dto';
import { AssessmentImportService } from './assessment-import.service';
import { AssessmentItemService } from './assessment-item.service';
import { AssessmentWorkflowService } from './assessment-workflow.service';
import {
  AdjustmentsWriteDto,
  AssessmentDto,
  AssessmentListQueryDto,
  AssessmentSummaryPageDto,
  CompletenessDto,
  ItemDto,
  ItemWriteDto,
  ReopenDto,
  SubmitDto,
} from './assessment.dto';
import { AssessmentService } from './assessment.service';
import { IndicatorsDto, IndicatorsResultDto } from './indicator.dto';
import { IndicatorService } from './indicator.service';
import { AssignmentScoped, UnitScoped } from './unit-scope.guard';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';

import { CreatedLocation } from '../common/http/created-location';
import { interchangeRef } from '../common/openapi/interchange-schemas';

/** Every route of a period's assessments; each is one call into the service that owns that job. */
@ApiTags('self-assessment')
@Controller('periods/:id')
export class AssessmentController {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly items: AssessmentItemService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly imports: AssessmentImportService,
    private readonly indicatorPushes: IndicatorService,
    private readonly queue: AppraisalQueueService,
    private readonly exports: AssessmentExportService,
    private readonly bulk: AppraisalBulkService,
  ) {}

  @Roles('appraiser', 'viewer')
  @AssignmentScoped()
  @Get('assessments')
  @ApiOperation({ summary: 'Tình hình các đơn vị / Every unit’s assessment status and totals' })
  @ApiOkResponse({ type: AssessmentSummaryPageDto })
  list(
    @Param('id', uuidParam()) id: string,
    @Query() query: AssessmentListQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentSummaryPageDto> {
    return this.assessments.list(id, query, actor);
  }

  @Idempotent()
  @Post('assessments/import')
  @CreatedLocation('/periods/:id/assessments', { id: 'param.id' })
  @ApiOperation({
    summary: 'Nhập kết quả cuối cùng (assessments/v1) / Import final inputs',
    description:
      'Any state before publication: the listed units’ assessments become `final` (audited, with each leaf’s value before and after). Only the leaves a unit’s `items` names change, and bonus/penalty only when given; every other leaf (survey-stage counts included) keeps its figures. `?replace=true` replaces everything: leaves the file leaves out become blank, bonus/penalty 0. Every problem at once: 422 ASSESSMENTS_INVALID.',
  })
  @ApiBody({ schema: interchangeRef('AssessmentsV1') })
  @ApiQuery({
    name: 'replace',
    required: false,
    type: Boolean,
    description:
      'true: every leaf of the listed units is replaced (absent → blank); default: only the named leaves',
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  async import(
    @Param('id', uuidParam()) id: string,
    @Body() body: unknown,
    @Query('replace', new ParseBoolPipe({ optional: true })) replace: boolean | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ImportResultDto> {
    return { units: await this.imports.importFinal(id, body, actor, { replace: replace === true }) };
  }

  @ApiKeyScopes('indicators:write')
  @Put('indicators')
  @ApiOperation({
    summary: 'Nhận số liệu từ hệ thống khác / Push indicator figures',
    description:
      'For provincial systems (API key with `indicators:write`), e.g. the one-stop system’s on-time rates. Only leaves the criteria set marks as indicator leaves (`indicator` in criteria-set/v1) receive figures, never points or `notApplicable`. Figures are stored as their own source beside the unit’s entry (`pushed` on the item); they count as the self-assessment only while the unit has typed none — the unit’s own entry always wins. Answered per unit: `accepted`, or `refused` with the reasons (unknown unit, already submitted, a leaf that is not an indicator leaf, invalid figures); one refused unit never blocks the others. Audited.',
  })
  @ApiOkResponse({ type: IndicatorsResultDto })
  async indicators(
    @Param('id', uuidParam()) id: string,
    @Body() dto: IndicatorsDto,
    @CurrentActor() actor: Actor,
  ): Promise<IndicatorsResultDto> {
    return this.indicatorPushes.pushIndicators(id, dto.items, actor);
  }

  @Roles('appraiser')
  @AssignmentScoped()
  @Get('appraisal-queue')
  @ApiOperation({
    summary: 'Hàng đợi thẩm định / The appraiser’s queue',
    description: 'Leaves awaiting (or done in) the current round, in the caller’s scope.',
  })
  @ApiOkResponse({ type: QueuePageDto })
  appraisalQueue(
    @Param('id', uuidParam()) id: string,
    @Query() query: QueueQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<QueuePageDto> {
    return this.queue.queue(id, query, actor);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Get('assessments/:unitCode')
  @ApiOperation({
    summary: 'Phiếu đánh giá của một đơn vị / One unit’s assessment',
    description: 'Every leaf with its stages, evidence and version.',
  })
  @ApiOkResponse({ type: AssessmentDto })
  view(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentDto> {
    return this.assessments.view(id, unitCode, actor);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Get('assessments/:unitCode/completeness')
  @ApiOperation({ summary: 'Kiểm tra đầy đủ / Completeness before submission' })
  @ApiOkResponse({ type: CompletenessDto })
  completeness(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @CurrentActor() actor: Actor,
  ): Promise<CompletenessDto> {
    return this.assessments.completeness(id, unitCode, actor);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Put('assessments/:unitCode/items/:leafCode')
  @ApiOperation({
    summary: 'Ghi một tiêu chí / Write one leaf',
    description:
      'The stage decides what is written: self-assessment (unit, draft, before its deadline: `input`, `note`; survey leaves → 422 SURVEY_LEAF_NOT_SELF_SCORED), round 1 / round 2 (appraisers in scope: `accept` or `input`, `comment` required when points change), explanation (unit, adjusted leaves only, before its deadline: `explanation`). Points are computed by the server. `version` must be the one last read (else 409 with the current item).',
  })
  @ApiOkResponse({ type: ItemDto })
  writeItem(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @Param('leafCode', codeParam('leafCode')) leafCode: string,
    @Body() dto: ItemWriteDto,
    @CurrentActor() actor: Actor,
  ): Promise<ItemDto> {
    return this.items.write(id, unitCode, leafCode, dto, actor);
  }

  @Roles('unit_head')
  @UnitScoped()
  @Post('assessments/:unitCode/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Nộp phiếu tự đánh giá / Submit (unit head)',
    description:
      'Refused with the list of leaves lacking input or evidence (422 ASSESSMENT_INCOMPLETE). Records who signed (`headName`, default the head’s full name) and the unit’s report number and date; the PDF for signature carries them.',
  })
  @ApiBody({ type: SubmitDto, required: false })
  @ApiOkResponse({ type: AssessmentDto })
  async submit(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentDto> {
    // The body is optional (older clients post none); when present it is validated as SubmitDto.
    const dto = (await createValidationPipe().transform(body ?? {}, {
      type: 'body',
      metatype: SubmitDto,
    })) as SubmitDto;
    return this.workflow.submit(id, unitCode, dto, actor);
  }

  @Roles('unit_head')
  @UnitScoped()
  @Post('assessments/:unitCode/explanation/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoàn tất giải trình / Close the explanation round (unit head)' })
  @ApiOkResponse({ type: AssessmentDto })
  closeExplanation(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentDto> {
    return this.workflow.closeExplanation(id, unitCode, actor);
  }

  @Roles('appraiser')
  @Post('appraisal/bulk-accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Chấp nhận hàng loạt / Accept many leaves in one step',
    description:
      'The council accepts leaves as they came in (round 1: the self-assessed figures; round 2: round 1’s) for many units at once — a unit’s remaining leaves, an area, a whole queue. One transaction, each leaf under its own savepoint through the same checks as `PUT …/items/{leafCode}` with `accept: true` (scope, round, deadline, `version`, survey leaves): a refused leaf is reported with its code and nothing of it is written, the others are. `undo: true` with the versions the accept answered takes those acceptances back (same round, nobody changed the leaf since). Audited per leaf (`assessment.round1|round2`, `assessment.bulk_undo`).',
  })
  @ApiOkResponse({ type: BulkResultDto })
  bulkAccept(
    @Param('id', uuidParam()) id: string,
    @Body() dto: BulkAcceptDto,
    @CurrentActor() actor: Actor,
  ): Promise<BulkResultDto> {
    return this.bulk.accept(id, dto, actor);
  }

  @Roles('appraiser')
  @Post('assessments/bulk-finalize')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Chốt kết quả hàng loạt / Finalize several units',
    description:
      'Each unit as `POST …/assessments/{unitCode}/finalize` (whole-unit appraisers, round 2, every explained leaf decided), in one transaction with a savepoint per unit: refused units are reported with their code, the others are final. `undo: true` takes finalizations back (final → explained) while the period is still in round 2. Audited per unit (`assessment.finalize`, `assessment.bulk_undo`).',
  })
  @ApiOkResponse({ type: BulkResultDto })
  bulkFinalize(
    @Param('id', uuidParam()) id: string,
    @Body() dto: BulkFinalizeDto,
    @CurrentActor() actor: Actor,
  ): Promise<BulkResultDto> {
    return this.bulk.finalize(id, dto, actor);
  }

  @Roles('appraiser')
  @UnitScoped()
  @Post('assessments/:unitCode/finalize')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Chốt kết quả thẩm định / Finalize after round 2',
    description: 'Every explained leaf needs its round-2 decision; the assessment is then locked.',
  })
  @ApiOkResponse({ type: AssessmentDto })
  finalize(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentDto> {
    return this.workflow.finalize(id, unitCode, actor);
  }

  @UnitScoped()
  @Post('assessments/:unitCode/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở lại (quản trị) / Reopen one step back, with a reason' })
  @ApiOkResponse({ type: AssessmentDto })
  reopen(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @Body() dto: ReopenDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentDto> {
    return this.workflow.reopen(id, unitCode, dto.reason, actor);
  }

  @Roles('appraiser')
  @UnitScoped()
  @Put('assessments/:unitCode/adjustments')
  @ApiOperation({ summary: 'Điểm thưởng / điểm trừ / Bonus and penalty (appraisal rounds)' })
  @ApiOkResponse({ type: AssessmentDto })
  adjustments(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @Body() dto: AdjustmentsWriteDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentDto> {
    return this.workflow.setAdjustments(id, unitCode, dto, actor);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Get('assessments/:unitCode/export.xlsx')
  @ApiOperation({ summary: 'Bảng tự đánh giá (.xlsx) / Self-assessment table' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await this.exports.xlsx(id, unitCode, actor);
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="tu-danh-gia-${unitCode}.xlsx"`)
      .send(body);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Get('assessments/:unitCode/export.pdf')
  @ApiOperation({ summary: 'Báo cáo tự đánh giá để ký (PDF) / Submission PDF for signature' })
  @ApiProduces('application/pdf')
  async pdf(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await this.exports.pdf(id, unitCode, actor);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="tu-danh-gia-${unitCode}.pdf"`)
      .send(body);
  }
}
