import { Module } from '@nestjs/common';
import { CriteriaSetCache } from './criteria-set-cache';
import { CriteriaSetsController } from './criteria-sets.controller';
import { CriteriaSetsService } from './criteria-sets.service';

@Module({
  controllers: [CriteriaSetsController],
  providers: [CriteriaSetsService, CriteriaSetCache],
  exports: [CriteriaSetsService, CriteriaSetCache],
})
export class CriteriaModule {}
