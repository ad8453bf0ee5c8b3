import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResultsV1 } from '@par/scoring';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { Period, periodNotFound } from '../period/period.entity';

/** Publication: freezes a computed period with its decision; the published snapshot never changes. */
@Injectable()
export class PublicationService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async publish(periodId: string, decisionNo: string, decisionDate: string, actor: Actor): Promise<Period> {
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_LOCKED');
      if (period.state !== 'computed' || !period.results) {
        throw new DomainError('PERIOD_STATE_CONFLICT', {
          detail: { vi: 'cần tính điểm trước khi công bố', en: 'compute the results before publishing' },
          errors: [fieldProblem('NOT_COMPUTED', {})],
        });
      }
      Object.assign(period, { state: 'published', decisionNo, decisionDate, publishedAt: this.clock.now() });
      await manager.save(period);
      await this.audit.record(manager, actor, {
        action: 'period.publish',
        entityType: 'period',
        entityId: periodId,
        before: { state: 'computed' },
        after: { state: 'published', decisionNo, decisionDate },
      });
      return period;
    });
  }

  /** Public: the snapshot of a published period, else 404 (no hint that an unpublished one exists). */
  async published(periodId: string): Promise<{ period: Period; results: ResultsV1 }> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period || period.state !== 'published' || !period.results) throw periodNotFound();
    return { period, results: period.results };
  }
}
