import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { ResultsV1 } from '@par/scoring';
import { IsISO8601, IsString, MaxLength, MinLength } from 'class-validator';
import { ApiKeyScopes, CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { Public } from '../common/auth/public.decorator';
import { uuidParam } from '../common/http/params';
import { ResultsService, type ComputeAnswer } from './results.service';

export class PublishDto {
  @ApiProperty({ example: '125/QĐ-UBND' }) @IsString() @MinLength(1) @MaxLength(100) decisionNo!: string;
  @ApiProperty({ example: '2027-02-15', format: 'date' }) @IsISO8601({ strict: true }) decisionDate!: string;
}

const RESULTS_SCHEMA = {
  type: 'object',
  description: '`par-index.results/v1`',
  properties: {
    format: { type: 'string', enum: ['par-index.results/v1'] },
    criteriaSet: { type: 'string' },
    units: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          group: { type: 'string' },
          points: { type: 'number' },
          maxPoints: { type: 'number' },
          index: { type: 'number', nullable: true },
          rank: { type: 'integer', nullable: true },
          band: { type: 'string', nullable: true },
          missing: { type: 'array', items: { type: 'string' } },
          nodes: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                points: { type: 'number' },
                maxPoints: { type: 'number' },
                index: { type: 'number', nullable: true },
              },
            },
          },
        },
      },
    },
  },
};

const COMPUTE_SCHEMA = {
  ...RESULTS_SCHEMA,
  description: '`par-index.results/v1` and the compute’s `warnings`',
  properties: {
    ...RESULTS_SCHEMA.properties,
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unit', 'code', 'received', 'minimum'],
        properties: {
          unit: { type: 'string' },
          code: { type: 'string', enum: ['SURVEY_BELOW_MINIMUM'] },
          received: { type: 'integer' },
          minimum: { type: 'integer' },
        },
      },
    },
  },
};

@ApiTags('results')
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Post('periods/:id/results/compute')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tính điểm, xếp hạng, xếp loại / Compute results',
    description:
      'Any state before publication, once every assessment is final (else 409 ASSESSMENTS_NOT_FINAL) and the period’s survey, if any, is closed (else 409 SURVEY_NOT_CLOSED). Leaves the period `computed`. `warnings` names units with fewer survey forms than the survey’s minimum (SURVEY_BELOW_MINIMUM).',
  })
  @ApiOkResponse({ schema: COMPUTE_SCHEMA })
  compute(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<ComputeAnswer> {
    return this.results.compute(id, actor);
  }

  @Roles('viewer')
  @ApiKeyScopes('results:read')
  @Get('periods/:id/results')
  @ApiOperation({ summary: 'Kết quả / Results (results/v1)' })
  @ApiOkResponse({ schema: RESULTS_SCHEMA })
  get(@Param('id', uuidParam()) id: string): Promise<ResultsV1> {
    return this.results.results(id);
  }

  @Post('periods/:id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Công bố / Publish',
    description: 'Freezes the period and its results; later writes → 409.',
  })
  @ApiOkResponse({ schema: RESULTS_SCHEMA })
  async publish(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PublishDto,
    @CurrentActor() actor: Actor,
  ): Promise<ResultsV1> {
    await this.results.publish(id, dto.decisionNo, dto.decisionDate, actor);
    return this.results.results(id);
  }

  @Public()
  @Get('public/periods/:id/results')
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    summary: 'Kết quả đã công bố (công khai) / Published results (public)',
    description: '404 until published.',
  })
  @ApiOkResponse({ schema: RESULTS_SCHEMA })
  async published(@Param('id', uuidParam()) id: string): Promise<ResultsV1> {
    return (await this.results.published(id)).results;
  }
}
