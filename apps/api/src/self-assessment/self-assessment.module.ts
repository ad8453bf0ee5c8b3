import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { AppraisalQueueService } from './appraisal-queue.service';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentImportService } from './assessment-import.service';
import { AssessmentController } from './assessment.controller';
import { AssessmentService } from './assessment.service';

@Module({
  imports: [CriteriaModule],
  controllers: [AssessmentController],
  providers: [AssessmentService, AssessmentImportService, AppraisalQueueService, AssessmentExportService],
  exports: [AssessmentService],
})
export class SelfAssessmentModule {}
