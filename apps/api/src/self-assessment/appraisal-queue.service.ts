import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal';
import { userOf } from '../auth/principal';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Period, periodNotFound } from '../period/period.entity';
import { AppraisalAssignment } from '../period/appraisal-assignment.entity';
import { areaOf, coverageOf, covers } from './assessment-access';
import { AssessmentReadRepository } from './assessment-read.repository';
import type { QueueItemDto, QueuePageDto, QueueQueryDto } from './appraisal-queue.dto';
import { toItemDto } from './assessment.mapper';

/**
 * The appraiser's work list across units: round 1 — every leaf of submitted assessments in the caller's
 * scope (their period's assignment, never their own unit); round 2 — explained leaves. Each row carries the self score, evidence and history side by side.
 */
@Injectable()
export class AppraisalQueueService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly reads: AssessmentReadRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async queue(periodId: string, query: QueueQueryDto, actor: Actor): Promise<QueuePageDto> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    const user = userOf(actor);
    const round: 1 | 2 = period.state === 'final_appraisal' ? 2 : 1;
    const status = round === 1 ? 'submitted' : 'explained';
    const assessments = await this.reads.inStatus(periodId, status);
    const units = await this.reads.unitsById(assessments.map((assessment) => assessment.unitId));
    const items = await this.reads.itemsOf(assessments.map((assessment) => assessment.id));
    const assignments = await this.dataSource.getRepository(AppraisalAssignment).findBy({ periodId });
    const evidence = await this.reads.evidenceOf(
      this.dataSource.manager,
      items.map((item) => item.id),
    );
    // Looked up by id, not searched: at national scale (3,300 units, ~475,000 items) a search per
    // assessment is billions of comparisons.
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const itemsByAssessment = new Map<string, typeof items>();
    for (const item of items) {
      const list = itemsByAssessment.get(item.assessmentId);
      if (list) list.push(item);
      else itemsByAssessment.set(item.assessmentId, [item]);
    }
    const rows: QueueItemDto[] = [];
    for (const assessment of assessments) {
      const unit = unitById.get(assessment.unitId)!;
      if (query.unitCode && unit.code !== query.unitCode) continue;
      const coverage = coverageOf(user, unit, assignments);
      if (!coverage) continue;
      const set = await this.sets.get(assessment.criteriaSetId);
      const own = new Map((itemsByAssessment.get(assessment.id) ?? []).map((item) => [item.leafCode, item]));
      for (const leaf of set.leaves) {
        if (leaf.source !== 'assessment' || !covers(coverage, set, leaf)) continue;
        if (query.area && areaOf(set, leaf.code) !== query.area) continue;
        const item = own.get(leaf.code) ?? null;
        if (round === 2 && !item?.explanationAt) continue;
        const pending = round === 1 ? !item?.round1At : !item?.round2At;
        const wanted = query.status ?? 'pending';
        if ((wanted === 'pending' && !pending) || (wanted === 'done' && pending)) continue;
        rows.push({
          ...toItemDto(set, leaf, item, evidence.get(item?.id ?? '') ?? []),
          unitCode: unit.code,
          unitName: unit.name,
          assessmentStatus: assessment.status,
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
      pending: rows.filter((row) => row.pending).length,
      page,
      pageSize,
    };
  }
}
