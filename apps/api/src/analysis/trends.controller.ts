import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { CrosswalkService } from './crosswalk.service';
import {
  CrosswalkDto,
  ProvinceTrendDto,
  ProvinceTrendQueryDto,
  PutCrosswalkDto,
  UnitTrendDto,
  UnitTrendQueryDto,
} from './trends.dto';
import { TrendsService } from './trends.service';

@ApiTags('analysis')
@Controller('analysis/trends')
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Roles('appraiser', 'viewer')
  @Get()
  @ApiOperation({
    summary: 'Xu hướng qua các năm của một đơn vị / A unit’s year-over-year trend',
    description:
      'Per computed period the unit took part in (the last published snapshot, else the last compute), oldest first: index, points, rank in its group and their change against the year before; `lines` per area (`by=area`), criterion or leaf of the latest set, carried back through each set’s crosswalk to the set the year before (identity by code by default), so renamed codes keep their line. Appraisers: only units their assignment of the latest period covers (else 404).',
  })
  @ApiOkResponse({ type: UnitTrendDto })
  unit(@Query() query: UnitTrendQueryDto, @CurrentActor() actor: Actor): Promise<UnitTrendDto> {
    return this.trends.unitTrend(query.unitCode, query.by ?? 'area', actor);
  }

  @Roles('appraiser', 'viewer')
  @Get('province')
  @ApiOperation({
    summary: 'Xu hướng của tỉnh / The province’s trend',
    description:
      'Per computed period: the mean index of the units of one type, the province’s PAR INDEX value, rank and rank change (national standing); `lines` pooled over those units (Σ points ÷ Σ applicable max) through the crosswalks.',
  })
  @ApiOkResponse({ type: ProvinceTrendDto })
  province(@Query() query: ProvinceTrendQueryDto): Promise<ProvinceTrendDto> {
    return this.trends.provinceTrend(query.by ?? 'area', query.unitType);
  }
}

@ApiTags('analysis')
@Controller('criteria-sets/:id/crosswalk')
export class CrosswalkController {
  constructor(private readonly crosswalks: CrosswalkService) {}

  @Roles('appraiser', 'viewer')
  @Get()
  @ApiOperation({
    summary: 'Bảng chuyển đổi mã sang bộ năm trước / Crosswalk to the previous year’s set',
    description:
      'Every node of the set with the previous set’s codes it continues: stored (`explicit`), the same code (`identity`), or none (`none`: new). The JSON is what PUT takes back (export / import).',
  })
  @ApiOkResponse({ type: CrosswalkDto })
  view(@Param('id', uuidParam()) id: string): Promise<CrosswalkDto> {
    return this.crosswalks.view(id);
  }

  @Put()
  @ApiOperation({
    summary: 'Lưu bảng chuyển đổi / Replace the crosswalk',
    description:
      'All or nothing: every code must be a node of this set and every previous code one of the previous set (else 422 CROSSWALK_INVALID with `errors[].field`). `version` = the version read (0 for none; else 409 STALE_VERSION with `current`). Audited.',
  })
  @ApiOkResponse({ type: CrosswalkDto })
  put(
    @Param('id', uuidParam()) id: string,
    @Body() body: PutCrosswalkDto,
    @CurrentActor() actor: Actor,
  ): Promise<CrosswalkDto> {
    return this.crosswalks.put(id, body, actor);
  }
}
