import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { AssignmentScoped } from '../self-assessment/unit-scope.guard';
import {
  GapsDto,
  HeatmapDto,
  LostPointsDto,
  LostPointsQueryDto,
  RobustnessDto,
  RobustnessQueryDto,
  StrengthsDto,
  StrengthsQueryDto,
} from './analysis.dto';
import { AnalysisReportService } from './analysis-report.service';
import { AnalysisService } from './analysis.service';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('analysis')
@Controller('periods/:id/analysis')
export class AnalysisController {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly report: AnalysisReportService,
  ) {}

  @Roles('viewer')
  @Get('report.pdf')
  @ApiOperation({
    summary: 'Báo cáo phân tích năm (PDF) / The annual analysis report',
    description:
      'For the standing agency to sign: lost points per responsible agency; per area, the sub-criteria below their maximum with the responsible agency and the points lost; each unit’s strengths and weaknesses; the remediation tasks. Vietnamese.',
  })
  @ApiProduces('application/pdf')
  async reportPdf(@Param('id', uuidParam()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const body = await this.report.pdf(id);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="bao-cao-phan-tich-chi-so-cchc.pdf"')
      .send(body);
  }

  @Roles('viewer')
  @Get('report.docx')
  @ApiOperation({
    summary: 'Báo cáo phân tích năm (Word) / The annual analysis report as .docx',
    description:
      'The same report as `report.pdf`, as a Word document (Office Open XML, A4, Times New Roman) the standing agency can edit before signing.',
  })
  @ApiProduces(DOCX_MIME)
  async reportDocx(@Param('id', uuidParam()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const body = await this.report.docx(id);
    await reply
      .header('content-type', DOCX_MIME)
      .header('content-disposition', 'attachment; filename="bao-cao-phan-tich-chi-so-cchc.docx"')
      .send(body);
  }

  @Roles('appraiser', 'viewer')
  @AssignmentScoped()
  @Get('lost-points')
  @ApiOperation({
    summary: 'Điểm bị mất / Lost points by leaf, criterion, area or responsible agency',
    description:
      'Over the units of the period’s last compute (404 RESULTS_NOT_COMPUTED before one): per row Σ (applicable max − points) as `lostPoints`, Σ applicable max as `maxPoints`, and the units that lost points. Not-applicable leaves lose nothing. `by=agency` groups by the responsible agency inherited along the path (falling back to the lead agency; `key` null where neither is named). Penalty points are a row of their own (`key: "penalty"`, last). Rows that lose nothing are left out. `stale`: an input changed since that compute. Appraisers: only the units their assignment of the period covers.',
  })
  @ApiOkResponse({ type: LostPointsDto })
  lostPoints(
    @Param('id', uuidParam()) id: string,
    @Query() query: LostPointsQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<LostPointsDto> {
    return this.analysis.lostPoints(id, query.by ?? 'leaf', query.group, actor, query.unit);
  }

  @Roles('appraiser', 'viewer')
  @AssignmentScoped()
  @Get('heatmap')
  @ApiOperation({ summary: 'Bản đồ nhiệt tiêu chí × đơn vị / Leaf × unit lost points' })
  @ApiOkResponse({ type: HeatmapDto })
  heatmap(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<HeatmapDto> {
    return this.analysis.heatmap(id, actor);
  }

  @Roles('appraiser', 'viewer')
  @AssignmentScoped()
  @Get('strengths')
  @ApiOperation({
    summary: 'Điểm mạnh, điểm yếu / Strengths and weaknesses against the group median',
    description:
      'Per unit, the areas (`depth=1`) or criteria (`depth=2`) where its index lies above (strengths) or below (weaknesses) the median index of its ranking group.',
  })
  @ApiOkResponse({ type: StrengthsDto })
  strengths(
    @Param('id', uuidParam()) id: string,
    @Query() query: StrengthsQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<StrengthsDto> {
    return this.analysis.strengths(id, query.depth ?? 1, query.top ?? 3, actor);
  }

  @Roles('appraiser', 'viewer')
  @AssignmentScoped()
  @Get('robustness')
  @ApiOperation({
    summary: 'Độ tin cậy của thứ hạng / Rank robustness intervals',
    description:
      'Monte Carlo (libs/scoring `rankRobustness`): survey leaves drawn within their sampling error; each unit’s rank at the 5th/50th/95th percentile. Deterministic for a seed.',
  })
  @ApiOkResponse({ type: RobustnessDto })
  robustness(
    @Param('id', uuidParam()) id: string,
    @Query() query: RobustnessQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<RobustnessDto> {
    return this.analysis.robustness(id, query.iterations ?? 1000, query.seed ?? 1, actor);
  }

  @Roles('viewer')
  @Get('gaps')
  @ApiOperation({
    summary: 'Chênh lệch tự chấm – thẩm định / Self-assessed vs appraised, per unit and per appraiser',
  })
  @ApiOkResponse({ type: GapsDto })
  gaps(@Param('id', uuidParam()) id: string): Promise<GapsDto> {
    return this.analysis.gaps(id);
  }
}
