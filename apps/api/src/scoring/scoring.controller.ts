import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResultsV1 } from '@par/scoring';
import { ApiKeyScopes, CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { interchangeRef } from '../common/openapi/interchange-schemas';
import { COMPUTE_SCHEMA, SNAPSHOT_SCHEMA } from './result.schema';
import { ComputeQueryDto, DiffQueryDto, SnapshotDiffDto, SnapshotListItemDto } from './scoring.dto';
import { ScoringService, summary, type ComputeAnswer } from './scoring.service';

@ApiTags('scoring')
@Controller()
export class ScoringController {
  constructor(private readonly scoring: ScoringService) {}

  @Post('periods/:id/results/compute')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'computeResults',
    summary: 'Tính điểm, xếp hạng, xếp loại / Compute results',
    description:
      'One transaction: reads every input, scores with libs/scoring and stores an immutable snapshot (results/v1, SHA-256 of every input, who, when). Any state before publication, once every assessment is final (else 409 ASSESSMENTS_NOT_FINAL) and the period’s survey, if any, is closed (else 409 SURVEY_NOT_CLOSED); leaves the period `computed`. `?provisional=true` computes before that from the latest inputs: stored, marked provisional, never publishable, the period’s state unchanged. `warnings` names units below the survey minimum (SURVEY_BELOW_MINIMUM) and units with leaves without input (MISSING_LEAVES).',
  })
  @ApiOkResponse({ schema: COMPUTE_SCHEMA })
  compute(
    @Param('id', uuidParam()) id: string,
    @Query() query: ComputeQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<ComputeAnswer> {
    return this.scoring.compute(id, actor, query.provisional === 'true');
  }

  @Roles('viewer')
  @ApiKeyScopes('results:read')
  @Get('periods/:id/results')
  @ApiOperation({ operationId: 'getResults', summary: 'Kết quả / Results (results/v1)' })
  @ApiOkResponse({ schema: interchangeRef('ResultsV1') })
  get(@Param('id', uuidParam()) id: string): Promise<ResultsV1> {
    return this.scoring.results(id);
  }

  @Roles('viewer')
  @Get('periods/:id/results/snapshots')
  @ApiOperation({
    operationId: 'listResultSnapshots',
    summary: 'Các lần tính điểm / Result snapshots, newest first',
  })
  @ApiOkResponse({ type: [SnapshotListItemDto] })
  snapshots(@Param('id', uuidParam()) id: string): Promise<SnapshotListItemDto[]> {
    return this.scoring.snapshots(id);
  }

  @Roles('viewer')
  @Get('periods/:id/results/diff')
  @ApiOperation({
    operationId: 'diffResultSnapshots',
    summary: 'So sánh hai lần tính điểm / Diff of two snapshots',
    description:
      'The units whose index, rank, band or points differ, with the change (rankChange > 0: moved up).',
  })
  @ApiOkResponse({ type: SnapshotDiffDto })
  diff(@Param('id', uuidParam()) id: string, @Query() query: DiffQueryDto): Promise<SnapshotDiffDto> {
    return this.scoring.diff(id, query.from, query.to);
  }

  @Roles('viewer')
  @Get('periods/:id/results/snapshots/:snapshotId')
  @ApiOperation({ operationId: 'getResultSnapshot', summary: 'Một lần tính điểm / One snapshot' })
  @ApiOkResponse({ schema: SNAPSHOT_SCHEMA })
  async snapshot(
    @Param('id', uuidParam()) id: string,
    @Param('snapshotId', uuidParam('snapshotId')) snapshotId: string,
  ): Promise<object> {
    const row = await this.scoring.snapshot(id, snapshotId);
    return { ...summary(row), warnings: row.warnings, inputHashes: row.inputHashes, results: row.results };
  }
}
