import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../common/errors/domain-error';
import { XLSX_MIME } from './criteria-workbook';
import type { CriteriaSetV1 } from '@par/scoring';
import { AnyUser, CurrentActor } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { codeParam, uuidParam } from '../common/http/params';
import { interchangeRef } from '../common/openapi/interchange-schemas';
import { CriteriaSetDraftService } from './criteria-set-draft.service';
import { CriteriaSetInterchangeService } from './criteria-set-interchange.service';
import { CriteriaSetLifecycleService } from './criteria-set-lifecycle.service';
import { CriteriaSetService } from './criteria-set.service';
import {
  CloneCriteriaSetDto,
  CreateNodeDto,
  CriteriaSetDetailDto,
  CriteriaSetPageDto,
  CriteriaSetQueryDto,
  DiffQueryDto,
  ImportedSetDto,
  UpdateCriteriaSetDto,
  UpdateNodeDto,
} from './criteria.dto';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';
import { CreatedLocation } from '../common/http/created-location';

@ApiTags('criteria')
@Controller('criteria-sets')
export class CriteriaSetController {
  constructor(
    private readonly sets: CriteriaSetService,
    private readonly lifecycle: CriteriaSetLifecycleService,
    private readonly interchange: CriteriaSetInterchangeService,
    private readonly drafts: CriteriaSetDraftService,
  ) {}

  @AnyUser()
  @Get()
  @ApiOperation({ summary: 'Danh sách bộ tiêu chí / List criteria sets' })
  @ApiOkResponse({ type: CriteriaSetPageDto })
  list(@Query() query: CriteriaSetQueryDto): Promise<CriteriaSetPageDto> {
    return this.sets.list(query);
  }

  @AnyUser()
  @Get('by-code/:code')
  @ApiOperation({
    summary: 'Tìm bộ tiêu chí theo mã / One set by its code',
    description:
      'The code is matched ignoring case (codes are unique ignoring case). Same answer as GET /criteria-sets/{id}.',
  })
  @ApiOkResponse({ type: CriteriaSetDetailDto })
  byCode(@Param('code', codeParam()) code: string): Promise<CriteriaSetDetailDto> {
    return this.sets.byCode(code);
  }

  @Idempotent()
  @Post()
  @ApiOperation({
    summary: 'Nhập bộ tiêu chí (JSON v1) / Import a criteria set',
    description:
      'Body: `par-index.criteria-set/v1`. Every problem is reported at once (422 CRITERIA_SET_INVALID, `errors[]` with node codes). The new set is a draft, usable by a period at once; it is frozen when its first period opens. Codes are unique ignoring case: a repeated import (or `vd-so-2026` beside `VD-SO-2026`) is 409 CRITERIA_SET_CODE_TAKEN with `existingId`, `existingCode` and `existing` (the set’s URL) in the problem.',
  })
  @ApiBody({ schema: interchangeRef('CriteriaSetV1') })
  @ApiCreatedResponse({ type: ImportedSetDto })
  @ApiUnprocessableEntityResponse({ description: 'CRITERIA_SET_INVALID with every problem' })
  async importV1(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<ImportedSetDto> {
    const row = await this.interchange.importV1(body, actor);
    return { id: row.id, code: row.code };
  }

  @Idempotent()
  @Post('import.xlsx')
  @CreatedLocation('/criteria-sets/:id')
  @ApiOperation({
    summary: 'Nhập bộ tiêu chí từ Excel / Import the officials’ workbook',
    description:
      'Body: the .xlsx itself (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), in the layout of GET /criteria-sets/{id}/export.xlsx: sheet "Bộ tiêu chí" (STT · Lĩnh vực/Tiêu chí/Tiêu chí thành phần · Điểm tối đa · Phương pháp chấm điểm · Tài liệu kiểm chứng · Cơ quan chủ trì · Nguồn điểm · Hướng dẫn chấm) and sheet "Thông tin". Problems come back with their row numbers (422 WORKBOOK_INVALID or CRITERIA_SET_INVALID).',
  })
  @ApiConsumes(XLSX_MIME)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ImportedSetDto })
  async importWorkbook(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<ImportedSetDto> {
    if (!Buffer.isBuffer(body)) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', {
        detail: {
          vi: `gửi tệp với Content-Type ${XLSX_MIME}`,
          en: `send the file with Content-Type ${XLSX_MIME}`,
        },
      });
    }
    const row = await this.interchange.importWorkbook(body, actor);
    return { id: row.id, code: row.code };
  }

  @AnyUser()
  @Get(':id/export.xlsx')
  @ApiOperation({ summary: 'Xuất Excel / Export as the officials’ workbook' })
  @ApiProduces(XLSX_MIME)
  async exportWorkbook(@Param('id', uuidParam()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { code, body } = await this.interchange.exportWorkbook(id);
    await reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', `attachment; filename="bo-tieu-chi-${code}.xlsx"`)
      .send(body);
  }

  @AnyUser()
  @Get(':id/diff')
  @ApiOperation({
    summary: 'So sánh hai bộ tiêu chí / Diff against another set',
    description:
      'Nodes matched by code: added, removed, changed (title, points, rule, source, lead agency, place).',
  })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  diff(@Param('id', uuidParam()) id: string, @Query() query: DiffQueryDto): Promise<unknown> {
    return this.sets.diff(query.against, id);
  }

  @AnyUser()
  @Get(':id')
  @ApiOperation({ summary: 'Một bộ tiêu chí, cả cây / One set with its tree and open issues' })
  @ApiOkResponse({ type: CriteriaSetDetailDto })
  detail(@Param('id', uuidParam()) id: string): Promise<CriteriaSetDetailDto> {
    return this.sets.detail(id);
  }

  @AnyUser()
  @Get(':id/export')
  @ApiOperation({ summary: 'Xuất JSON v1 / Export as par-index.criteria-set/v1' })
  @ApiOkResponse({ schema: interchangeRef('CriteriaSetV1') })
  exportV1(@Param('id', uuidParam()) id: string): Promise<CriteriaSetV1> {
    return this.interchange.exportV1(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Sửa thông tin bộ tiêu chí / Edit name, decision, bands, bonus/penalty caps (draft)',
  })
  @ApiOkResponse({ type: CriteriaSetDetailDto })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateCriteriaSetDto,
    @CurrentActor() actor: Actor,
  ): Promise<CriteriaSetDetailDto> {
    return this.drafts.updateMeta(id, dto, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa bộ tiêu chí nháp / Delete a draft set no period uses' })
  remove(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.lifecycle.remove(id, actor);
  }

  @Idempotent()
  @Post(':id/nodes')
  @CreatedLocation('/criteria-sets/:id/nodes/:code', { id: 'param.id', code: 'body.code' })
  @ApiOperation({
    summary: 'Thêm tiêu chí / Add a node (draft)',
    description:
      'Answers the whole set; `issues` lists what still blocks publication (e.g. MAX_POINTS_MISMATCH until the parent max is updated).',
  })
  @ApiCreatedResponse({ type: CriteriaSetDetailDto })
  addNode(
    @Param('id', uuidParam()) id: string,
    @Body() dto: CreateNodeDto,
    @CurrentActor() actor: Actor,
  ): Promise<CriteriaSetDetailDto> {
    return this.drafts.addNode(id, dto, actor);
  }

  @Patch(':id/nodes/:code')
  @ApiOperation({ summary: 'Sửa, chuyển tiêu chí / Edit or move a node (draft)' })
  @ApiOkResponse({ type: CriteriaSetDetailDto })
  updateNode(
    @Param('id', uuidParam()) id: string,
    @Param('code', codeParam()) code: string,
    @Body() dto: UpdateNodeDto,
    @CurrentActor() actor: Actor,
  ): Promise<CriteriaSetDetailDto> {
    return this.drafts.updateNode(id, code, dto, actor);
  }

  @Delete(':id/nodes/:code')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Xóa tiêu chí (cả nhánh) / Delete a node and its subtree (draft)',
    description: 'Read the set again (`GET /criteria-sets/{id}`) for its new `issues` and version.',
  })
  @ApiNoContentResponse({ description: 'Đã xóa / Deleted' })
  async deleteNode(
    @Param('id', uuidParam()) id: string,
    @Param('code', codeParam()) code: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.drafts.deleteNode(id, code, actor);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ban hành (khóa) / Publish (freeze)',
    description: 'Needs a set without issues; later writes → 409 CRITERIA_SET_FROZEN.',
  })
  @ApiOkResponse({ type: CriteriaSetDetailDto })
  async publish(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CriteriaSetDetailDto> {
    await this.lifecycle.publish(id, actor);
    return this.sets.detail(id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lưu trữ / Archive' })
  @ApiOkResponse({ type: CriteriaSetDetailDto })
  async archive(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CriteriaSetDetailDto> {
    await this.lifecycle.archive(id, actor);
    return this.sets.detail(id);
  }

  @Idempotent()
  @Post(':id/clone')
  @CreatedLocation('/criteria-sets/:id', { id: 'answer.id' })
  @ApiOperation({ summary: 'Sao chép sang năm mới / Clone to a new year (draft)' })
  @ApiCreatedResponse({ type: ImportedSetDto })
  async clone(
    @Param('id', uuidParam()) id: string,
    @Body() dto: CloneCriteriaSetDto,
    @CurrentActor() actor: Actor,
  ): Promise<ImportedSetDto> {
    const row = await this.lifecycle.clone(id, dto, actor);
    return { id: row.id, code: row.code };
  }
}
