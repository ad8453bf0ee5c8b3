import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResultsV1 } from '@par/scoring';
import { CurrentActor } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { Public } from '../common/auth/public.decorator';
import { uuidParam } from '../common/http/params';
import { RESULTS_V1_SCHEMA } from '../scoring/result.schema';
import { ScoringService } from '../scoring/scoring.service';
import { PublishDto } from './publication.dto';
import { PublicationService } from './publication.service';

@ApiTags('ranking')
@Controller()
export class PublicationController {
  constructor(
    private readonly publication: PublicationService,
    private readonly scoring: ScoringService,
  ) {}

  @Post('periods/:id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Công bố / Publish',
    description: 'Freezes the period and its results; later writes → 409.',
  })
  @ApiOkResponse({ schema: RESULTS_V1_SCHEMA })
  async publish(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PublishDto,
    @CurrentActor() actor: Actor,
  ): Promise<ResultsV1> {
    await this.publication.publish(id, dto.decisionNo, dto.decisionDate, actor);
    return this.scoring.results(id);
  }

  @Public()
  @Get('public/periods/:id/results')
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    summary: 'Kết quả đã công bố (công khai) / Published results (public)',
    description: '404 until published.',
  })
  @ApiOkResponse({ schema: RESULTS_V1_SCHEMA })
  async published(@Param('id', uuidParam()) id: string): Promise<ResultsV1> {
    return (await this.publication.published(id)).results;
  }
}
