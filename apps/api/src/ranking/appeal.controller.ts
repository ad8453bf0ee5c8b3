import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uploadedFile } from '../common/http/multipart';
import { codeParam, uuidParam } from '../common/http/params';
import { AllowedWhenPublished } from '../period/period-freeze.guard';
import { AssignmentScoped, UnitScoped } from '../self-assessment/unit-scope.guard';
import {
  AppealDecisionResultDto,
  AppealDto,
  AppealListDto,
  DecideAppealDto,
  FileAppealDto,
} from './appeal.dto';
import { AppealService } from './appeal.service';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';
import { CreatedLocation } from '../common/http/created-location';

const WHO =
  'The appealing unit’s own people (unit_head, unit_editor), its council secretary (the appraiser assigned the whole unit) and admin; anyone else gets 404.';

/** Appeals (phúc khảo) after publication: file, attach evidence, decide; the new version goes through publish. */
@ApiTags('ranking')
@Controller('periods/:id/appeals')
export class AppealController {
  constructor(private readonly appeals: AppealService) {}

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @AssignmentScoped()
  @Get()
  @ApiOperation({
    summary: 'Đề nghị phúc khảo của kỳ / Appeals of a period',
    description: `The window (first publication + period.appealDays days), whether it is open, and the appeals the caller may see. ${WHO}`,
  })
  @ApiOkResponse({ type: AppealListDto })
  list(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<AppealListDto> {
    return this.appeals.list(id, actor);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Get(':appealId')
  @ApiOperation({ summary: 'Một đề nghị phúc khảo / One appeal', description: WHO })
  @ApiOkResponse({ type: AppealDto })
  get(
    @Param('id', uuidParam()) id: string,
    @Param('appealId', uuidParam('appealId')) appealId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AppealDto> {
    return this.appeals.get(id, appealId, actor);
  }

  @AllowedWhenPublished()
  @Roles('unit_head', 'unit_editor')
  @Idempotent()
  @Post()
  @ApiOperation({
    summary: 'Đề nghị phúc khảo / File an appeal',
    description:
      'The unit (admin: naming `unitCode`) appeals named leaves of its published results, each with a reason, while the window is open (else 409 APPEAL_WINDOW_CLOSED; before publication 409 PERIOD_STATE_CONFLICT). A leaf is appealed once per period (409 APPEAL_LEAF_TAKEN). The period stays published: every other write is still 409 PERIOD_PUBLISHED.',
  })
  @ApiCreatedResponse({ type: AppealDto })
  file(
    @Param('id', uuidParam()) id: string,
    @Body() dto: FileAppealDto,
    @CurrentActor() actor: Actor,
  ): Promise<AppealDto> {
    return this.appeals.file(id, dto, actor);
  }

  @AllowedWhenPublished()
  @Roles('unit_head', 'unit_editor')
  @UnitScoped()
  @Post(':appealId/leaves/:leafCode/evidence')
  @CreatedLocation('/periods/:id/appeals/:appealId', { id: 'param.id', appealId: 'param.appealId' })
  @ApiOperation({
    summary: 'Minh chứng phúc khảo / Attach evidence to an appealed leaf',
    description:
      'multipart/form-data with one `file`, checked as evidence is (type by content, no macros, EVIDENCE_MAX_BYTES), stored in the evidence storage. While the window is open and the leaf is undecided.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: AppealDto })
  async attach(
    @Param('id', uuidParam()) id: string,
    @Param('appealId', uuidParam('appealId')) appealId: string,
    @Param('leafCode', codeParam('leafCode')) leafCode: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealDto> {
    const file = await uploadedFile(request);
    return this.appeals.attach(id, appealId, leafCode, file, actor);
  }

  @Roles('appraiser', 'unit_head', 'unit_editor')
  @UnitScoped()
  @Get(':appealId/evidence/:evidenceId')
  @ApiOperation({ summary: 'Tải minh chứng phúc khảo / Download an appeal’s evidence', description: WHO })
  async download(
    @Param('id', uuidParam()) id: string,
    @Param('appealId', uuidParam('appealId')) appealId: string,
    @Param('evidenceId', uuidParam('evidenceId')) evidenceId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { stream, fileName, file } = await this.appeals.openEvidence(id, appealId, evidenceId, actor);
    const ascii =
      fileName
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/["\\]/g, '_') || 'minh-chung';
    await reply
      .header('content-type', file.mime)
      .header('content-length', file.sizeBytes)
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      )
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header('cache-control', 'private, no-store')
      .send(stream);
  }

  @AllowedWhenPublished()
  @Roles('appraiser')
  @UnitScoped()
  @Post(':appealId/decisions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Kết luận phúc khảo / Decide appealed leaves',
    description:
      'The council — the unit’s council secretary (appraiser assigned the whole unit) or admin — decides leaves, each once (409 APPEAL_ALREADY_DECIDED): `upheld` with `correctedInput` (the corrected appraised input, checked against the leaf’s rule: 422 INPUT_INVALID) or `rejected`, each with a reason. `version` is the appeal’s version last read (409 STALE_VERSION). When this leaves no appealed leaf of the period pending and some leaf is upheld, the appeal compute runs (the final inputs with every upheld correction, libs/scoring) and `computed` names its snapshot; `POST /periods/{id}/publish` then publishes it as the next version.',
  })
  @ApiOkResponse({ type: AppealDecisionResultDto })
  decide(
    @Param('id', uuidParam()) id: string,
    @Param('appealId', uuidParam('appealId')) appealId: string,
    @Body() dto: DecideAppealDto,
    @CurrentActor() actor: Actor,
  ): Promise<AppealDecisionResultDto> {
    return this.appeals.decide(id, appealId, dto, actor);
  }
}
