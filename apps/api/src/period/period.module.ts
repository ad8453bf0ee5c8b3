import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { AppraisalAssignmentController } from './appraisal-assignment.controller';
import { AppraisalAssignmentService } from './appraisal-assignment.service';
import { PeriodFactRepository } from './period-fact.repository';
import { PeriodParticipantService } from './period-participant.service';
import { PeriodStateService } from './period-state.service';
import { PeriodController } from './period.controller';
import { PeriodRepository } from './period.repository';
import { PeriodService } from './period.service';

@Module({
  imports: [CriteriaModule],
  controllers: [PeriodController, AppraisalAssignmentController],
  providers: [
    PeriodService,
    AppraisalAssignmentService,
    PeriodParticipantService,
    PeriodStateService,
    PeriodRepository,
    PeriodFactRepository,
  ],
  exports: [PeriodService],
})
export class PeriodModule {}
