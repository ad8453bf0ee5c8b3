import { Module } from '@nestjs/common';
import { SelfAssessmentModule } from '../self-assessment/self-assessment.module';
import { APP_CONFIG } from '../config/app-config';
import { EvidenceStorage } from './evidence-storage';
import { evidenceStorageFor } from './evidence-storage-for';
import { EvidenceController } from './evidence.controller';
import { EvidenceCleanupService } from './evidence-cleanup.service';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [SelfAssessmentModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceService,
    EvidenceCleanupService,
    { provide: EvidenceStorage, inject: [APP_CONFIG], useFactory: evidenceStorageFor },
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
