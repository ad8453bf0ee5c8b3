import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { AssignmentScoped } from '../self-assessment/unit-scope.guard';
import { XLSX_MIME } from '../criteria/criteria-workbook';
import { SurveyCloseService } from './survey-close.service';
import { SurveyCodeService } from './survey-code.service';
import { SurveyDefinitionService } from './survey-definition.service';
import { CSV_MIME, SURVEY_IMPORT_BODY_LIMIT } from './survey-form-file';
import { SurveyFormImportService } from './survey-form-import.service';
import { SurveyFormService } from './survey-form.service';
import {
  CodeSheetDto,
  FormsImportResultDto,
  IssueCodesDto,
  IssuedCodesDto,
  PaperFormDto,
  PaperFormResultDto,
  ReopenSurveyDto,
  SurveyCountsDto,
  SurveyDefinitionDto,
  SurveyDto,
  SurveyFormQueryDto,
  SurveyFormViewDto,
} from './survey.dto';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';

import { CreatedLocation } from '../common/http/created-location';
import { interchangeRef } from '../common/openapi/interchange-schemas';

/** Origin of this request (`https://host[:port]`), for QR codes when the caller names none. */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

@ApiTags('survey')
@Controller('periods/:id/survey')
export class SurveyController {
  constructor(
    private readonly definitions: SurveyDefinitionService,
    private readonly codes: SurveyCodeService,
    private readonly forms: SurveyFormService,
    private readonly imports: SurveyFormImportService,
    private readonly closing: SurveyCloseService,
  ) {}

  @Put()
  @ApiOperation({
    summary: 'Định nghĩa cuộc điều tra XHH / Define the survey',
    description:
      'Groups, window, minimum forms per rated unit. Replaces the definition until the first answer (then 409 SURVEY_STARTED). The questions are the rated unit’s set’s survey leaves (narrowed by a group’s `leafCodes`).',
  })
  @ApiOkResponse({ type: SurveyDto })
  define(
    @Param('id', uuidParam()) id: string,
    @Body() dto: SurveyDefinitionDto,
    @CurrentActor() actor: Actor,
  ): Promise<SurveyDto> {
    return this.definitions.define(id, dto, actor);
  }

  @Roles('surveyor', 'viewer')
  @Get()
  @ApiOperation({
    summary: 'Cuộc điều tra và tiến độ / Survey and progress',
    description: 'Definition, state and progress (forms per group and per unit) — never answer counts.',
  })
  @ApiOkResponse({ type: SurveyDto })
  view(@Param('id', uuidParam()) id: string): Promise<SurveyDto> {
    return this.definitions.view(id);
  }

  @Roles('surveyor')
  @Get('form')
  @ApiOperation({
    summary: 'Mẫu phiếu của một nhóm về một đơn vị / The questionnaire of one kind of form',
    description: 'What the paper-entry screen shows: the same shape as `GET /public/survey/{code}`.',
  })
  @ApiOkResponse({ type: SurveyFormViewDto })
  form(@Param('id', uuidParam()) id: string, @Query() query: SurveyFormQueryDto): Promise<SurveyFormViewDto> {
    return this.definitions.formView(id, query.group, query.unit);
  }

  @Roles('surveyor')
  @Idempotent()
  @Post('codes')
  @CreatedLocation('/periods/:id/survey/counts', { id: 'param.id' })
  @ApiOperation({
    summary: 'Cấp mã phiếu một lần / Issue one-time codes',
    description:
      'Up to 1,000 codes for forms by one group about one unit; shown once (only hashes are stored). Audited.',
  })
  @ApiCreatedResponse({ type: IssuedCodesDto })
  issue(
    @Param('id', uuidParam()) id: string,
    @Body() dto: IssueCodesDto,
    @CurrentActor() actor: Actor,
  ): Promise<IssuedCodesDto> {
    return this.codes.issue(id, dto, actor);
  }

  @Roles('surveyor')
  @Post('codes/sheet')
  @HttpCode(200)
  @ApiOperation({
    summary: 'In mã phiếu kèm mã QR (PDF A4) / Printable code sheet',
    description:
      'An A4 PDF, ten cut-out cards per page: QR code to `<origin>/s/<code>`, the code, the unit and the group. Give `codes` (issued before for that group and unit) or `count` (issues new ones, audited).',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'application/pdf', schema: { type: 'string', format: 'binary' } })
  async sheet(
    @Param('id', uuidParam()) id: string,
    @Body() dto: CodeSheetDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await this.codes.sheet(id, dto, originOf(request), actor);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="ma-phieu-${dto.groupCode}-${dto.unitCode}.pdf"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  @Roles('surveyor')
  @Idempotent()
  @Post('forms')
  @CreatedLocation('/periods/:id/survey/counts', { id: 'param.id' })
  @ApiOperation({
    summary: 'Nhập một phiếu giấy / Enter one paper form',
    description: '201; a serial stored already → 409 SERIAL_EXISTS; a leaf or option outside the form → 422.',
  })
  @ApiCreatedResponse({ type: PaperFormResultDto })
  paper(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PaperFormDto,
    @CurrentActor() actor: Actor,
  ): Promise<PaperFormResultDto> {
    return this.forms.create(id, dto, actor);
  }

  @Roles('surveyor')
  @Idempotent()
  @Post('forms/import')
  @HttpCode(200)
  @RouteConfig({ bodyLimit: SURVEY_IMPORT_BODY_LIMIT })
  @ApiOperation({
    summary: 'Nhập tệp phiếu (JSON, CSV, Excel) / Import a file of forms',
    description:
      'The file is the raw body: `application/json` (survey-forms/v1), `text/csv` or the .xlsx content type, up to 100 MB. All or nothing: 422 SURVEY_FORMS_INVALID with `errors[].row` (data rows from 1; a CSV header is not a row). A serial stored already with the same answers is skipped; with other answers the file is refused.',
  })
  @ApiConsumes('application/json', CSV_MIME, XLSX_MIME)
  @ApiBody({ schema: interchangeRef('SurveyFormsV1') })
  @ApiOkResponse({ type: FormsImportResultDto })
  import(
    @Param('id', uuidParam()) id: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<FormsImportResultDto> {
    return this.imports.import(id, contentType, body, actor);
  }

  @Roles('appraiser', 'viewer')
  @AssignmentScoped()
  @Get('counts')
  @ApiOperation({
    summary: 'Số phiếu theo phương án / Answer counts',
    description:
      '`{ units: [{ code, items: { "<leaf>": { counts } } }] }` in the assessments/v1 item shape; every option of the leaf’s rule, 0 where none. Appraisers: only the units their assignment covers.',
  })
  @ApiOkResponse({ type: SurveyCountsDto })
  counts(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<SurveyCountsDto> {
    return this.closing.counts(id, actor);
  }

  @Post('close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Kết thúc cuộc điều tra / Close the survey',
    description:
      'No more answers; the counts become each survey leaf’s input in a `survey` stage of the unit’s assessment (never an appraisal adjustment). Audited.',
  })
  @ApiOkResponse({ type: SurveyDto })
  close(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<SurveyDto> {
    return this.closing.close(id, actor);
  }

  @Post('reopen')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mở lại cuộc điều tra / Reopen the survey',
    description:
      'Until compute (then 409): answers are taken again, optionally until a new `closesAt`; the survey stage of the items is cleared. Audited.',
  })
  @ApiOkResponse({ type: SurveyDto })
  reopen(
    @Param('id', uuidParam()) id: string,
    @Body() dto: ReopenSurveyDto,
    @CurrentActor() actor: Actor,
  ): Promise<SurveyDto> {
    return this.closing.reopen(id, dto, actor);
  }
}
