import { Global, Module } from '@nestjs/common';
import { AuditQueryRepository } from './audit-query.repository';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global: every score-affecting write records itself through AuditService, in its own transaction. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditQueryRepository],
  exports: [AuditService],
})
export class AuditModule {}
