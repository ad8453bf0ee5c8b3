import { Module } from '@nestjs/common';
import { CriteriaSetCache } from './criteria-set-cache';
import { CriteriaSetDraftService } from './criteria-set-draft.service';
import { CriteriaSetInterchangeService } from './criteria-set-interchange.service';
import { CriteriaSetLifecycleService } from './criteria-set-lifecycle.service';
import { CriteriaSetController } from './criteria-set.controller';
import { CriteriaSetService } from './criteria-set.service';

@Module({
  controllers: [CriteriaSetController],
  providers: [
    CriteriaSetService,
    CriteriaSetLifecycleService,
    CriteriaSetInterchangeService,
    CriteriaSetDraftService,
    CriteriaSetCache,
  ],
  exports: [CriteriaSetService, CriteriaSetLifecycleService, CriteriaSetCache],
})
export class CriteriaModule {}
