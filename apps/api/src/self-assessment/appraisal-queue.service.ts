import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/principal';
import { userOf } from '../auth/principal';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Unit } from '../organization/unit.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { appraiserCovers, areaOf } from './assessment-access';
import { AssessmentItem } from './assessment-item.entity';
import { Assessment } from './assessment.entity';
import type { QueueItemDto, QueuePageDto, QueueQueryDto } from './assessment.dto';
import { AssessmentService, itemDto } from './assessment.service';

/**
 * The appraiser's work list across units: round 1 — every leaf of submitted assessments in the caller's
 * scope; round 2 — explained leaves. Each row carries the self score, evidence and history side by side.
 */
@Injectable()
export class AppraisalQueueService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly assessments: AssessmentService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async queue(periodId: string, query: QueueQueryDto, actor: Actor): Promise<QueuePageDto> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    const user = userOf(actor);
    const round: 1 | 2 = period.state === 'final_appraisal' ? 2 : 1;
    const status = round === 1 ? 'submitted' : 'explained';
    const assessments = await this.dataSource.getRepository(Assessment).find({ where: { periodId, status } });
    const units = await this.dataSource
      .getRepository(Unit)
      .findBy({ id: In(assessments.map((a) => a.unitId)) });
    const items = await this.dataSource
      .getRepository(AssessmentItem)
      .findBy({ assessmentId: In(assessments.map((a) => a.id)) });
    const evidence = await this.assessments.evidenceOf(
      this.dataSource.manager,
      items.map((i) => i.id),
    );
    const rows: QueueItemDto[] = [];
    for (const a of assessments) {
      const unit = units.find((u) => u.id === a.unitId)!;
      if (query.unitCode && unit.code !== query.unitCode) continue;
      const set = await this.sets.get(a.criteriaSetId);
      const own = new Map(items.filter((i) => i.assessmentId === a.id).map((i) => [i.leafCode, i]));
      for (const leaf of set.leaves) {
        if (leaf.source !== 'assessment' || !user || !appraiserCovers(user, set, leaf)) continue;
        if (query.area && areaOf(set, leaf.code) !== query.area) continue;
        const item = own.get(leaf.code) ?? null;
        if (round === 2 && !item?.explanationAt) continue;
        const pending = round === 1 ? !item?.r1At : !item?.r2At;
        const wanted = query.status ?? 'pending';
        if ((wanted === 'pending' && !pending) || (wanted === 'done' && pending)) continue;
        rows.push({
          ...itemDto(set, leaf, item, evidence.get(item?.id ?? '') ?? []),
          unitCode: unit.code,
          unitName: unit.name,
          assessmentStatus: a.status,
          round,
          pending,
        });
      }
    }
    rows.sort((x, y) => x.unitCode.localeCompare(y.unitCode) || 0);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 200;
    return {
      items: rows.slice((page - 1) * pageSize, page * pageSize),
      total: rows.length,
      pending: rows.filter((r) => r.pending).length,
      page,
      pageSize,
    };
  }
}
