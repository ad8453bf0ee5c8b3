import { createHash } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators';
import { AllowedWhenPublished } from '../period/period-freeze.guard';
import type { Actor } from '../auth/principal';
import { Public } from '../common/auth/public.decorator';
import { uploadedFile } from '../common/http/multipart';
import { DomainError } from '../common/errors/domain-error';
import { codeParam, uuidParam } from '../common/http/params';
import { EvidenceService } from '../evidence/evidence.service';
import { periodNotFound } from '../period/period.entity';
import { RESULTS_V1_SCHEMA } from '../scoring/result.schema';
import {
  DecisionFileDto,
  PublicationDto,
  PublicationVersionDto,
  PublicResultsQueryDto,
  PublicPeriodDto,
  PublishDto,
  UnitHistoryRowDto,
} from './publication.dto';
import type { Publication } from './publication.entity';
import { PUBLIC_CACHE_CONTROL, sendPublic } from './public-feed';
import { PublicationService } from './publication.service';
import { CreatedLocation } from '../common/http/created-location';

const PUBLIC_RESULTS_SCHEMA = {
  ...RESULTS_V1_SCHEMA,
  description:
    '`par-index.results/v1` made self-contained: `period` (with the decision), `criteriaSets` (node titles, bands), `rankingGroups` (names), per unit `name`, `groupName`, `criteriaSet` (a real set code) and `bandLabel`',
  properties: {
    ...RESULTS_V1_SCHEMA.properties,
    units: {
      type: 'array',
      items: {
        ...RESULTS_V1_SCHEMA.properties.units.items,
        properties: {
          ...RESULTS_V1_SCHEMA.properties.units.items.properties,
          name: { type: 'string' },
          groupName: { type: 'string', description: 'the ranking group’s Vietnamese name' },
          criteriaSet: { type: 'string', description: 'the unit’s criteria set (a real set code)' },
          bandLabel: { type: 'string', nullable: true },
          change: {
            type: 'object',
            nullable: true,
            description:
              'Against the latest earlier published year, by code, else by the codes the unit replaced (a merger). indexChange: against the unit itself, or against the mean index of its predecessors (basis predecessors_mean, null when one has no index). rankChange (> 0: moved up) only against the unit itself',
            properties: {
              year: { type: 'integer' },
              basis: { type: 'string', enum: ['unit', 'predecessors_mean'] },
              from: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    code: { type: 'string' },
                    index: { type: 'number', nullable: true },
                    rank: { type: 'integer', nullable: true },
                    band: { type: 'string', nullable: true },
                  },
                },
              },
              indexChange: { type: 'number', nullable: true },
              rankChange: { type: 'integer', nullable: true },
            },
          },
        },
      },
    },
    period: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        year: { type: 'integer' },
        name: { type: 'string' },
        decisionNo: { type: 'string' },
        decisionDate: { type: 'string', format: 'date' },
        publishedAt: { type: 'string', format: 'date-time' },
        signer: { type: 'string', nullable: true },
        version: {
          type: 'integer',
          description: 'Publication version: 1, then one more per re-publication after appeals',
        },
        supersedes: { type: 'integer', nullable: true, description: 'The version this one replaces' },
      },
    },
    rankingGroups: {
      type: 'array',
      description: 'Ranking groups in order, with their names (units’ `group` is the code)',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          nameEn: { type: 'string' },
          bands: {
            type: 'array',
            nullable: true,
            items: { type: 'object', properties: { code: { type: 'string' }, label: { type: 'string' } } },
          },
        },
      },
    },
    criteriaSets: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          bands: {
            type: 'array',
            items: { type: 'object', properties: { code: { type: 'string' }, label: { type: 'string' } } },
          },
          nodes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                code: { type: 'string' },
                title: { type: 'string' },
                parentCode: { type: 'string', nullable: true },
                maxPoints: { type: 'number' },
              },
            },
          },
        },
      },
    },
  },
};

function toDto(row: Publication): PublicationDto {
  return {
    id: row.id,
    version: row.version,
    snapshotId: row.snapshotId,
    supersedesId: row.supersedesId,
    decisionNo: row.decisionNo,
    decisionDate: row.decisionDate,
    signer: row.signer,
    decisionFileId: row.decisionFileId,
    acknowledgedWarnings: row.acknowledgedWarnings,
    acknowledgementReason: row.acknowledgementReason,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
    etag: row.etag,
  };
}

@ApiTags('ranking')
@Controller()
export class PublicationController {
  constructor(
    private readonly publication: PublicationService,
    private readonly evidence: EvidenceService,
  ) {}

  @AllowedWhenPublished()
  @Post('periods/:id/decision-file')
  @CreatedLocation('/public/periods/:id/decision-file', { id: 'param.id' })
  @ApiOperation({
    operationId: 'uploadDecisionFile',
    summary: 'Tải lên quyết định đã ký (PDF) / Upload the signed decision',
    description:
      'multipart/form-data with one `file`, a PDF by content (else 415 DECISION_FILE_NOT_PDF); stored in the evidence storage. Publish names it as `decisionFileId`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: DecisionFileDto })
  async decisionFile(
    @Param('id', uuidParam()) id: string,
    @Req() request: FastifyRequest,
  ): Promise<DecisionFileDto> {
    await this.publication.assertDecisionUploadAllowed(id);
    const file = request.isMultipart() ? await uploadedFile(request) : undefined;
    if (!file)
      throw new DomainError('VALIDATION_FAILED', {
        errors: [{ field: 'file', code: 'required', message: 'thiếu tệp PDF / no PDF file' }],
      });
    const stored = await this.evidence.storePdf(file);
    return { id: stored.id, sha256: stored.sha256, sizeBytes: Number(stored.sizeBytes) };
  }

  @AllowedWhenPublished()
  @Post('periods/:id/publish')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'publishPeriod',
    summary: 'Công bố / Publish',
    description:
      'Publishes the latest snapshot (or `snapshotId`) under the decision and freezes the period: every later write → 409 PERIOD_PUBLISHED. On a published period, only after appeals: when no appealed leaf is pending and the latest snapshot is an appeal compute newer than the latest publication, it is published as the next version (the earlier one kept, `supersedesId`); else 409 PERIOD_PUBLISHED (no appeals), APPEALS_PENDING or NO_APPEAL_RESULTS. 409 RESULTS_STALE when any input changed since that compute (the changed inputs are named), 409 RESULTS_PROVISIONAL for a provisional snapshot, 409 RESULTS_WARNINGS_NOT_ACKNOWLEDGED when the snapshot has warnings and no `acknowledgeWarnings` with `acknowledgementReason` (recorded with the publication).',
  })
  @ApiOkResponse({ type: PublicationDto })
  async publish(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PublishDto,
    @CurrentActor() actor: Actor,
  ): Promise<PublicationDto> {
    return toDto(await this.publication.publish(id, dto, actor));
  }

  @Roles('viewer')
  @Get('periods/:id/publication')
  @ApiOperation({ summary: 'Quyết định công bố / The publication of a period (404 before)' })
  @ApiOkResponse({ type: PublicationDto })
  async get(@Param('id', uuidParam()) id: string): Promise<PublicationDto> {
    const row = await this.publication.latest(id);
    if (!row) throw periodNotFound();
    return toDto(row);
  }

  @Public()
  @Get('public/periods')
  @ApiOperation({
    operationId: 'listPublishedPeriods',
    summary: 'Các kỳ đã công bố (công khai) / Published periods (public)',
  })
  @ApiOkResponse({ type: [PublicPeriodDto] })
  async periods(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const body = JSON.stringify(await this.publication.publishedPeriods());
    sendPublic(request, reply, body, `"${hash(body)}"`);
  }

  @Public()
  @Get('public/periods/:id/results')
  @ApiOperation({
    operationId: 'getPublishedResults',
    summary: 'Kết quả đã công bố (công khai) / Published results (public)',
    description:
      '404 until published. `?version=N` serves an earlier publication version (after appeals); default the latest. Self-contained; serialised once at publication and served as those bytes with ETag (304 on If-None-Match), Cache-Control: public and Access-Control-Allow-Origin: *.',
  })
  @ApiOkResponse({ schema: PUBLIC_RESULTS_SCHEMA })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match)' })
  async published(
    @Param('id', uuidParam()) id: string,
    @Query() query: PublicResultsQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const published = await this.publication.publicBody(id, query.version);
    sendPublic(request, reply, published.body, published.etag, published);
  }

  @Public()
  @Get('public/periods/:id/versions')
  @ApiOperation({
    operationId: 'listPublishedVersions',
    summary: 'Các phiên bản công bố (công khai) / Publication versions of a period (public)',
    description:
      'Oldest first; each names the version it supersedes and the one that superseded it. `GET /public/periods/{id}/results?version=N` serves any of them; without `version`, the latest. 404 before publication.',
  })
  @ApiOkResponse({ type: [PublicationVersionDto] })
  async versions(
    @Param('id', uuidParam()) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = JSON.stringify(await this.publication.versions(id));
    sendPublic(request, reply, body, `"${hash(body)}"`);
  }

  @Public()
  @Get('public/periods/:id/decision-file')
  @ApiOperation({
    operationId: 'getPublishedDecisionFile',
    summary: 'Quyết định đã ký (PDF, công khai) / The signed decision (public)',
  })
  async decision(
    @Param('id', uuidParam()) id: string,
    @Query() query: PublicResultsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const fileId = await this.publication.decisionFileId(id, query.version);
    const opened = fileId ? await this.evidence.openFile(fileId) : null;
    if (!opened) throw periodNotFound();
    await reply
      .header('content-type', 'application/pdf')
      .header('content-length', opened.file.sizeBytes)
      .header('content-disposition', 'inline; filename="quyet-dinh.pdf"')
      .header('cache-control', PUBLIC_CACHE_CONTROL)
      .header('access-control-allow-origin', '*')
      .send(opened.stream);
  }

  @Public()
  @Get('public/units/:code/history')
  @ApiOperation({
    operationId: 'getUnitHistory',
    summary: 'Lịch sử xếp hạng của đơn vị (công khai) / A unit across published years (public)',
    description: '`band` is the band code. 404 when the unit is in no published results.',
  })
  @ApiOkResponse({ type: [UnitHistoryRowDto] })
  async history(
    @Param('code', codeParam('code')) code: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = JSON.stringify(await this.publication.unitHistory(code));
    sendPublic(request, reply, body, `"${hash(body)}"`);
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
