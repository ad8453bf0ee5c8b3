import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { PeriodFactRepository } from './period-fact.repository';
import { PeriodParticipantService } from './period-participant.service';
import { PeriodStateService } from './period-state.service';
import { PeriodController } from './period.controller';
import { PeriodRepository } from './period.repository';
import { PeriodService } from './period.service';

@Module({
  imports: [CriteriaModule],
  controllers: [PeriodController],
  providers: [
    PeriodService,
    PeriodParticipantService,
    PeriodStateService,
    PeriodRepository,
    PeriodFactRepository,
  ],
  exports: [PeriodService],
})
export class PeriodModule {}
