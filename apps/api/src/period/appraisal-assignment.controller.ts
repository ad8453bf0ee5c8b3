import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/decorators';
import type { Actor } from '../auth/principal';
import { uuidParam } from '../common/http/params';
import { AppraisalAssignmentDto, AppraisalAssignmentsWriteDto } from './appraisal-assignment.dto';
import { AppraisalAssignmentService } from './appraisal-assignment.service';

/** The period's appraisal assignments (admin): which appraisers cover which areas of which units. */
@ApiTags('period')
@Controller('periods/:id/appraisal-assignments')
export class AppraisalAssignmentController {
  constructor(private readonly assignments: AppraisalAssignmentService) {}

  @Get()
  @ApiOperation({
    summary: 'Phân công thẩm định / Appraisal assignments',
    description:
      'Which appraisers cover which areas and/or units. A period with none: each appraiser keeps the areas of their account (older periods, the demo seeds its own).',
  })
  @ApiOkResponse({ type: [AppraisalAssignmentDto] })
  list(@Param('id', uuidParam()) id: string): Promise<AppraisalAssignmentDto[]> {
    return this.assignments.list(id);
  }

  @Put()
  @ApiOperation({
    summary: 'Đặt phân công thẩm định / Replace the appraisal assignments',
    description:
      'Replaces the whole list (audited). Empty `areaCodes`: every area — that appraiser finalizes the units and sets their bonus/penalty. Empty `unitCodes`: every unit. Nobody is assigned their own unit (422 ASSIGNMENTS_INVALID / OWN_UNIT); at run time an appraiser never covers their own unit.',
  })
  @ApiOkResponse({ type: [AppraisalAssignmentDto] })
  replace(
    @Param('id', uuidParam()) id: string,
    @Body() dto: AppraisalAssignmentsWriteDto,
    @CurrentActor() actor: Actor,
  ): Promise<AppraisalAssignmentDto[]> {
    return this.assignments.replace(id, dto, actor);
  }
}
