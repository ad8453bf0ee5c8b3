import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResultsV1 } from '@par/scoring';
import { ApiKeyScopes, CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { COMPUTE_SCHEMA, RESULTS_V1_SCHEMA } from './result.schema';
import { ScoringService, type ComputeAnswer } from './scoring.service';

@ApiTags('scoring')
@Controller()
export class ScoringController {
  constructor(private readonly scoring: ScoringService) {}

  @Post('periods/:id/results/compute')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tính điểm, xếp hạng, xếp loại / Compute results',
    description:
      'Any state before publication, once every assessment is final (else 409 ASSESSMENTS_NOT_FINAL) and the period’s survey, if any, is closed (else 409 SURVEY_NOT_CLOSED). Leaves the period `computed`. `warnings` names units with fewer survey forms than the survey’s minimum (SURVEY_BELOW_MINIMUM).',
  })
  @ApiOkResponse({ schema: COMPUTE_SCHEMA })
  compute(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<ComputeAnswer> {
    return this.scoring.compute(id, actor);
  }

  @Roles('viewer')
  @ApiKeyScopes('results:read')
  @Get('periods/:id/results')
  @ApiOperation({ summary: 'Kết quả / Results (results/v1)' })
  @ApiOkResponse({ schema: RESULTS_V1_SCHEMA })
  get(@Param('id', uuidParam()) id: string): Promise<ResultsV1> {
    return this.scoring.results(id);
  }
}
