import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Period, periodNotFound } from '../period/period.entity';

/** The period, if survey data may still change in it: a published period is frozen (409 PERIOD_PUBLISHED). */
export async function writablePeriod(manager: EntityManager, periodId: string): Promise<Period> {
  const period = await manager.findOneBy(Period, { id: periodId });
  if (!period) throw periodNotFound();
  if (period.state === 'published') throw new DomainError('PERIOD_PUBLISHED');
  return period;
}
