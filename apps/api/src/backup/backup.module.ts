import { Module } from '@nestjs/common';
import { BackupJobService } from './backup-job.service';

/**
 * Backup and restore (ADR 0012): the archive format (`backup-archive.ts`), the scheduled backup job, and the
 * entry `dist/backup.js` that `npx par-index backup|restore` runs. No HTTP routes.
 */
@Module({
  providers: [BackupJobService],
  exports: [BackupJobService],
})
export class BackupModule {}
