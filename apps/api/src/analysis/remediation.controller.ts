import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uploadedFile } from '../common/http/multipart';
import { uuidParam } from '../common/http/params';
import { Clock } from '../common/time/clock';
import { XLSX_MIME } from '../criteria/criteria-workbook';
import { progressPdf, progressWorkbook, type ProgressReport } from './remediation-report';
import {
  CreateTaskDto,
  ReportQueryDto,
  TaskDto,
  TaskListQueryDto,
  UpdateTaskDto,
  VersionQueryDto,
} from './remediation.dto';
import { RemediationService } from './remediation.service';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';

@ApiTags('analysis')
@Controller()
export class RemediationController {
  constructor(
    private readonly remediation: RemediationService,
    private readonly clock: Clock,
  ) {}

  @Roles('appraiser', 'viewer', 'unit_head', 'unit_editor')
  @Get('periods/:id/remediation-tasks')
  @ApiOperation({
    summary: 'Kế hoạch khắc phục / Remediation tasks of a period',
    description: 'Ordered by due date; `overdue`: still open after the end of the due day (province time).',
  })
  @ApiOkResponse({ type: [TaskDto] })
  list(@Param('id', uuidParam()) id: string, @Query() query: TaskListQueryDto): Promise<TaskDto[]> {
    return this.remediation.list(id, {
      status: query.status,
      owner: query.owner,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    });
  }

  @Roles('appraiser', 'viewer', 'unit_head', 'unit_editor')
  @Get('remediation-tasks/overdue')
  @ApiOperation({ summary: 'Nhiệm vụ quá hạn / Overdue tasks of every period (the dashboard)' })
  @ApiOkResponse({ type: [TaskDto] })
  overdue(): Promise<TaskDto[]> {
    return this.remediation.overdue();
  }

  @Idempotent()
  @Post('remediation-tasks')
  @ApiOperation({
    summary: 'Giao nhiệm vụ khắc phục / Create a remediation task',
    description:
      'With `from` ({ by, key, criteriaSet? } — a row of GET /periods/{id}/analysis/lost-points, or `{ by: "penalty", key: "penalty" }`) in one request: the task keeps the row’s key, set and lost points; `title` and `ownerAgency` default from it (the responsible agency). Without `from`, `title` and `ownerAgency` are required. Allowed after publication (planning follows it). Audited.',
  })
  @ApiCreatedResponse({ type: TaskDto })
  create(@Body() body: CreateTaskDto, @CurrentActor() actor: Actor): Promise<TaskDto> {
    return this.remediation.create(body.periodId, body, actor);
  }

  @Roles('appraiser', 'viewer', 'unit_head', 'unit_editor')
  @Get('remediation-tasks/:taskId')
  @ApiOperation({ summary: 'Một nhiệm vụ / One task' })
  @ApiOkResponse({ type: TaskDto })
  get(@Param('taskId', uuidParam('taskId')) taskId: string): Promise<TaskDto> {
    return this.remediation.get(taskId);
  }

  @Roles('unit_head', 'unit_editor')
  @Patch('remediation-tasks/:taskId')
  @ApiOperation({
    summary: 'Cập nhật nhiệm vụ, tiến độ / Update a task, report progress',
    description:
      '`version` = the version last read (else 409 STALE_VERSION with `current`). Admin edits everything; the owner agency’s own users (their unit code = `ownerAgency`) report `status`, `progress` and a `note` only. A status or progress change and every note are kept in `notes` (the history the report by a date reads). `status: done` without progress sets 100 %. Audited.',
  })
  @ApiOkResponse({ type: TaskDto })
  update(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Body() body: UpdateTaskDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskDto> {
    return this.remediation.update(taskId, body, actor);
  }

  @Delete('remediation-tasks/:taskId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa nhiệm vụ / Delete a task (?version=)' })
  @ApiNoContentResponse()
  remove(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Query() query: VersionQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.remediation.remove(taskId, query.version, actor);
  }

  @Roles('unit_head', 'unit_editor')
  @Post('remediation-tasks/:taskId/evidence')
  @ApiOperation({
    summary: 'Tài liệu chứng minh kết quả khắc phục / Attach evidence',
    description:
      'multipart/form-data with one `file`, stored in the evidence storage like assessment evidence (PDF, Office, images, ZIP by content; 415 EVIDENCE_TYPE_NOT_ALLOWED). Admin or the owner agency’s users.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: TaskDto })
  async attach(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<TaskDto> {
    const file = await uploadedFile(request);
    return this.remediation.attach(taskId, file, actor);
  }

  @Roles('appraiser', 'viewer', 'unit_head', 'unit_editor')
  @Get('remediation-tasks/:taskId/evidence/:evidenceId')
  @ApiOperation({ summary: 'Tải tài liệu / Download a task’s evidence' })
  async download(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Param('evidenceId', uuidParam('evidenceId')) evidenceId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { stream, fileName, mime } = await this.remediation.openEvidence(taskId, evidenceId);
    const ascii =
      fileName
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/["\\]/g, '_') || 'tai-lieu';
    await reply
      .header('content-type', mime)
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      )
      .header('cache-control', 'private, no-store')
      .send(stream);
  }

  @Roles('viewer')
  @Get('periods/:id/remediation-tasks/report.xlsx')
  @ApiOperation({
    summary: 'Báo cáo tiến độ khắc phục (.xlsx) / Progress report by a date',
    description:
      'The plan as it stood at the end of `asOf` (default today): status, progress and notes up to then, overdue then.',
  })
  @ApiProduces(XLSX_MIME)
  async reportXlsx(
    @Param('id', uuidParam()) id: string,
    @Query() query: ReportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await progressWorkbook(await this.report(id, query.asOf));
    await reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', 'attachment; filename="tien-do-khac-phuc.xlsx"')
      .send(body);
  }

  @Roles('viewer')
  @Get('periods/:id/remediation-tasks/report.pdf')
  @ApiOperation({ summary: 'Báo cáo tiến độ khắc phục (PDF) / Progress report by a date' })
  @ApiProduces('application/pdf')
  async reportPdf(
    @Param('id', uuidParam()) id: string,
    @Query() query: ReportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await progressPdf(await this.report(id, query.asOf));
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="tien-do-khac-phuc.pdf"')
      .send(body);
  }

  private async report(periodId: string, asOf?: string): Promise<ProgressReport> {
    const date = asOf ?? this.clock.now().toISOString().slice(0, 10);
    const { period, tasks } = await this.remediation.asOf(periodId, date);
    return { periodName: period.name, year: period.year, asOf: date, tasks };
  }
}
