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
    const all = await this.reads.inStatus(periodId, status);
    const units = await this.reads.unitsById(all.map((assessment) => assessment.unitId));
    // One unit asked for: only its items are read (not the whole period's).
    const wantedUnit = query.unitCode ? units.find((unit) => unit.code === query.unitCode) : undefined;
    const assessments = query.unitCode
      ? all.filter((assessment) => assessment.unitId === wantedUnit?.id)
      : all;
    const items = await this.reads.queueMarks(assessments.map((assessment) => assessment.id));
    const assignments = await this.dataSource.getRepository(AppraisalAssignment).findBy({ periodId });
    // Looked up by id, not searched: at national scale (3,300 units, ~475,000 items) a search per
    // assessment is billions of comparisons.
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const itemsByAssessment = new Map<string, typeof items>();
    for (const item of items) {
      const list = itemsByAssessment.get(item.assessmentId);
      if (list) list.push(item);
      else itemsByAssessment.set(item.assessmentId, [item]);
    }
    // Rows in unit-code order (the assessments sorted once, each unit's leaves in set order), built as
    // references; only the page asked for becomes DTOs, with its evidence read for those items alone.
    const ordered = assessments
      .map((assessment) => ({ assessment, unit: unitById.get(assessment.unitId)! }))
      .sort((x, y) => x.unit.code.localeCompare(y.unit.code));
    type Row = {
      set: Awaited<ReturnType<CriteriaSetCache['get']>>;
      leaf: Awaited<ReturnType<CriteriaSetCache['get']>>['leaves'][number];
      item: (typeof items)[number] | null;
      unit: (typeof units)[number];
      assessment: (typeof assessments)[number];
      pending: boolean;
    };
    const rows: Row[] = [];
    let pendingCount = 0;
    for (const { assessment, unit } of ordered) {
      const coverage = coverageOf(user, unit, assignments);
      if (!coverage) continue;
      const set = await this.sets.get(assessment.criteriaSetId);
      const own = new Map((itemsByAssessment.get(assessment.id) ?? []).map((item) => [item.leafCode, item]));
      for (const leaf of set.leaves) {
        if (leaf.source !== 'assessment' || !covers(coverage, set, leaf)) continue;
        if (query.area && areaOf(set, leaf.code) !== query.area) continue;
        const item = own.get(leaf.code) ?? null;
        if (round === 2 && !item?.explained) continue;
        const pending = round === 1 ? !item?.round1 : !item?.round2;
        const wanted = query.status ?? 'pending';
        if ((wanted === 'pending' && !pending) || (wanted === 'done' && pending)) continue;
        rows.push({ set, leaf, item, unit, assessment, pending });
        if (pending) pendingCount += 1;
      }
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 200;
    const shown = rows.slice((page - 1) * pageSize, page * pageSize);
    const ids = shown.flatMap((row) => (row.item ? [row.item.id] : []));
    const full = new Map((await this.reads.itemsById(ids)).map((item) => [item.id, item]));
    const evidence = await this.reads.evidenceOf(this.dataSource.manager, ids);
    return {
      items: shown.map((row): QueueItemDto => ({
        ...toItemDto(
          row.set,
          row.leaf,
          row.item ? (full.get(row.item.id) ?? null) : null,
          evidence.get(row.item?.id ?? '') ?? [],
        ),
        unitCode: row.unit.code,
        unitName: row.unit.name,
        assessmentStatus: row.assessment.status,
        round,
        pending: row.pending,
      })),
      total: rows.length,
      pending: pendingCount,
      page,
      pageSize,
    };
  }
}
