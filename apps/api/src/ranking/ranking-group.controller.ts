import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { PutRankingGroupsDto, RankingGroupsDto } from './ranking-group.dto';
import { RankingGroupService } from './ranking-group.service';

/** Ranking groups of a period (nhóm xếp hạng) as a resource of their own. */
@ApiTags('ranking')
@Controller('periods/:id/ranking-groups')
export class RankingGroupController {
  constructor(private readonly groups: RankingGroupService) {}

  @Roles('viewer')
  @Get()
  @ApiOperation({
    summary: 'Nhóm xếp hạng của kỳ / Ranking groups of a period',
    description:
      'Code, Vietnamese and English name, member units, optional bands. Without any set (`configured: false`): one group per unit group code, named by the code.',
  })
  @ApiOkResponse({ type: RankingGroupsDto })
  get(@Param('id', uuidParam()) id: string): Promise<RankingGroupsDto> {
    return this.groups.get(id);
  }

  @Put()
  @ApiOperation({
    summary: 'Đặt nhóm xếp hạng / Set the ranking groups',
    description:
      'Replaces every group; every participating unit in exactly one group (else 422 RANKING_GROUPS_INVALID). Members’ group codes move with them; ranks, bands (a group’s own `bands` instead of the set’s), results tables and the public feed (group names) follow at the next compute — a compute before it is stale for publish. `version`: the period’s. Frozen after publication.',
  })
  @ApiOkResponse({ type: RankingGroupsDto })
  put(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PutRankingGroupsDto,
    @CurrentActor() actor: Actor,
  ): Promise<RankingGroupsDto> {
    return this.groups.put(id, dto, actor);
  }
}
