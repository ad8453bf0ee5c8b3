import { Module } from '@nestjs/common';
import { CriteriaSetCache } from './criteria-set-cache';
import { CriteriaSetController } from './criteria-set.controller';
import { CriteriaSetService } from './criteria-set.service';

@Module({
  controllers: [CriteriaSetController],
  providers: [CriteriaSetService, CriteriaSetCache],
  exports: [CriteriaSetService, CriteriaSetCache],
})
export class CriteriaModule {}
