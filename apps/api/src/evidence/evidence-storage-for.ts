import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { LocalEvidenceStorage, S3EvidenceStorage, type EvidenceStorage } from './evidence-storage';

/** Evidence storage: S3-compatible when S3_BUCKET is set, else a folder under PAR_DATA_DIR. */
export function evidenceStorageFor(config: Pick<AppConfig, 'env' | 'dataDir'>): EvidenceStorage {
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
