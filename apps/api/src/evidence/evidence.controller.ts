import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EvidenceDto } from '../self-assessment/assessment.dto';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uploadedFile } from '../common/http/multipart';
import { codeParam, uuidParam } from '../common/http/params';
import { UnitScoped } from '../self-assessment/unit-scope.guard';
import { EvidenceService } from './evidence.service';
import { CreatedLocation } from '../common/http/created-location';

export class UploadedEvidenceDto extends EvidenceDto {
  @ApiProperty({ description: 'The same content was already stored; no new bytes were written' })
  deduplicated!: boolean;
}

export class DownloadQueryDto {
  @ApiPropertyOptional({
    enum: ['1', '0'],
    description: '1: show in the browser (PDF and images) instead of downloading',
  })
  @IsOptional()
  @IsIn(['1', '0'])
  inline?: '1' | '0';
}

const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Roles('unit_head', 'unit_editor')
  @UnitScoped()
  @Post('periods/:id/assessments/:unitCode/items/:leafCode/evidence')
  @CreatedLocation('/evidence/:evidenceId', { evidenceId: 'answer.id' })
  @ApiOperation({
    summary: 'Tải lên tài liệu kiểm chứng / Upload evidence',
    description:
      'multipart/form-data with one `file`. Size limit EVIDENCE_MAX_BYTES (413 EVIDENCE_TOO_LARGE); type checked by content — PDF, Office, images, ZIP — and must agree with the name (415 EVIDENCE_TYPE_NOT_ALLOWED); identical content is stored once (SHA-256). Self-assessment stage, or the explanation window for adjusted leaves.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: UploadedEvidenceDto })
  async upload(
    @Param('id', uuidParam()) id: string,
    @Param('unitCode', codeParam('unitCode')) unitCode: string,
    @Param('leafCode', codeParam('leafCode')) leafCode: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<UploadedEvidenceDto> {
    const file = await uploadedFile(request);
    return this.evidence.upload(id, unitCode, leafCode, file, actor);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Get('evidence/:evidenceId')
  @ApiOperation({ summary: 'Tải về / Download (or preview inline with ?inline=1)' })
  async download(
    @Param('evidenceId', uuidParam('evidenceId')) evidenceId: string,
    @Query() query: DownloadQueryDto,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { stream, link, file } = await this.evidence.open(evidenceId, actor);
    const inline = query.inline === '1' && INLINE_TYPES.has(file.mime);
    const ascii =
      link.fileName
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/["\\]/g, '_') || 'tai-lieu';
    await reply
      .header('content-type', file.mime)
      .header('content-length', file.sizeBytes)
      .header(
        'content-disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(link.fileName)}`,
      )
      .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
      .header('cache-control', 'private, no-store')
      .send(stream);
  }

  @Roles('unit_head', 'unit_editor')
  @UnitScoped()
  @Delete('evidence/:evidenceId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Gỡ tài liệu / Remove an attached file (in the stage it was attached)' })
  remove(
    @Param('evidenceId', uuidParam('evidenceId')) evidenceId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.evidence.remove(evidenceId, actor);
  }
}
