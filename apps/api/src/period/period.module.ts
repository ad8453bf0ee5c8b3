import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { PeriodsController } from './periods.controller';
import { PeriodsService } from './periods.service';

@Module({
  imports: [CriteriaModule],
  controllers: [PeriodsController],
  providers: [PeriodsService],
  exports: [PeriodsService],
})
export class PeriodModule {}
