import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { PeriodController } from './period.controller';
import { PeriodService } from './period.service';

@Module({
  imports: [CriteriaModule],
  controllers: [PeriodController],
  providers: [PeriodService],
  exports: [PeriodService],
})
export class PeriodModule {}
