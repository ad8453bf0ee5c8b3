import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { surveySampleSize } from '@par/scoring';
import { Roles } from '../auth/decorators';
import { SampleSizeDto, SampleSizeQueryDto } from './survey.dto';

@ApiTags('survey')
@Controller('survey')
export class SurveySampleSizeController {
  @Roles('surveyor', 'viewer')
  @Get('sample-size')
  @ApiOperation({
    summary: 'Cỡ mẫu cần khảo sát / Sample size for a group',
    description:
      'n = N / (1 + N·e²), rounded up (Yamane), exactly as `surveySampleSize` in libs/scoring (which the SPA may call itself).',
  })
  @ApiOkResponse({ type: SampleSizeDto })
  sampleSize(@Query() query: SampleSizeQueryDto): SampleSizeDto {
    return {
      population: query.population,
      margin: Number(query.margin),
      sampleSize: surveySampleSize(query.population, query.margin),
    };
  }
}
