import { Module } from '@nestjs/common';
import { CriteriaModule } from '../criteria/criteria.module';
import { AppraisalQueueService } from './appraisal-queue.service';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentImportService } from './assessment-import.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({
  imports: [CriteriaModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, AssessmentImportService, AppraisalQueueService, AssessmentExportService],
  exports: [AssessmentsService],
})
export class AssessmentModule {}
