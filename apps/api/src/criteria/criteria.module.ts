import { Module } from '@nestjs/common';
import { CriteriaSetsController } from './criteria-sets.controller';
import { CriteriaSetsService } from './criteria-sets.service';

@Module({
  controllers: [CriteriaSetsController],
  providers: [CriteriaSetsService],
  exports: [CriteriaSetsService],
})
export class CriteriaModule {}
