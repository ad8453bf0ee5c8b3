import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { SelfAssessmentModule } from '../self-assessment/self-assessment.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EvidenceStorage, LocalEvidenceStorage, S3EvidenceStorage } from './evidence-storage';
import { EvidenceController } from './evidence.controller';
import { EvidenceCleanupService } from './evidence-cleanup.service';
import { EvidenceService } from './evidence.service';

/** Evidence storage: S3-compatible when S3_BUCKET is set, else a folder under PAR_DATA_DIR. */
export function evidenceStorageFor(config: AppConfig): EvidenceStorage {
  const env = config.env;
  if (env.S3_BUCKET) {
    return new S3EvidenceStorage({
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    });
  }
  return new LocalEvidenceStorage(join(config.dataDir, 'evidence'));
}

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
