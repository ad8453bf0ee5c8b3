import { AppraisalBulkService } from './appraisal-bulk.service';
import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { AppraisalQueueService } from './appraisal-queue.service';
import { AssessmentContextLoader } from './assessment-context.loader';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentImportService } from './assessment-import.service';
import { AssessmentItemService } from './assessment-item.service';
import { AssessmentReadRepository } from './assessment-read.repository';
import { AssessmentWorkflowService } from './assessment-workflow.service';
import { AssessmentController } from './assessment.controller';
import { AssessmentService } from './assessment.service';
import { IndicatorService } from './indicator.service';

/**
 * Self-assessment, both appraisal rounds and the explanation: one unit's assessment per period, leaf by
 * leaf through the stages of `assessment-stage.ts`. Evidence (its own module) loads contexts from here.
 */
@Module({
  imports: [CriteriaModule],
  controllers: [AssessmentController],
  providers: [
    AssessmentContextLoader,
    AssessmentReadRepository,
    AssessmentService,
    AssessmentItemService,
    AssessmentWorkflowService,
    AssessmentImportService,
    IndicatorService,
    AppraisalQueueService,
    AssessmentExportService,
    AppraisalBulkService,
  ],
  exports: [AssessmentContextLoader, AssessmentReadRepository],
})
export class SelfAssessmentModule {}
