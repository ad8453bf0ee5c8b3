import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseAssessments, toMilli, type AssessmentsV1, type LeafInputV1 } from '@par/scoring';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { Unit } from '../organization/unit.entity';
import { PeriodCriteriaSet } from '../period/period-criteria-set.entity';
import { PeriodUnit } from '../period/period-unit.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { AssessmentItem } from './assessment-item.entity';
import { Assessment } from './assessment.entity';
import { pointsOf } from './leaf-scoring';
import type { IndicatorDto } from './assessment.dto';

/** Bulk writes: the admin's import of final inputs, and figures pushed by provincial systems. */
@Injectable()
export class AssessmentImportService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * `POST /periods/{id}/assessments/import`: a whole `assessments/v1` document, validated against the set
   * (every problem at once); its units' assessments become `final` with those inputs, in one transaction.
   */
  async importFinal(periodId: string, input: unknown, actor: Actor): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      const period = await m.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_LOCKED');
      const code =
        typeof input === 'object' && input !== null
          ? (input as { criteriaSet?: unknown }).criteriaSet
          : undefined;
      const links = await m.findBy(PeriodCriteriaSet, { periodId });
      const setRows = await m.findBy(CriteriaSetRow, { id: In(links.map((l) => l.criteriaSetId)) });
      const setRow =
        setRows.find((s) => s.code === code) ??
        (setRows.length === 1 && code === undefined ? setRows[0] : undefined);
      if (!setRow) {
        throw new DomainError('ASSESSMENTS_INVALID', {
          errors: [
            {
              field: '/criteriaSet',
              code: 'CRITERIA_SET_MISMATCH',
              message: `criteriaSet phải là một trong: ${setRows.map((s) => s.code).join(', ')}`,
              messageEn: `criteriaSet must be one of: ${setRows.map((s) => s.code).join(', ')}`,
            },
          ],
        });
      }
      const set = await this.sets.get(setRow.id, m);
      const parsed = parseAssessments(input, set);
      if (!parsed.ok)
        throw new DomainError('ASSESSMENTS_INVALID', {
          detail: { vi: `${parsed.issues.length} lỗi`, en: `${parsed.issues.length} problem(s)` },
          errors: issuesToProblems(parsed.issues),
        });
      const doc = input as AssessmentsV1;

      const units = await m.findBy(Unit, { code: In(doc.units.map((u) => u.code)) });
      const participation = await m.findBy(PeriodUnit, { periodId, unitId: In(units.map((u) => u.id)) });
      const problems = doc.units.flatMap((u, i) => {
        const unit = units.find((x) => x.code === u.code);
        const pu = unit && participation.find((p) => p.unitId === unit.id);
        if (!pu)
          return [
            {
              field: `/units/${i}/code`,
              unit: u.code,
              code: 'UNKNOWN_UNIT',
              message: `${u.code} không tham gia kỳ này`,
              messageEn: `${u.code} does not participate`,
            },
          ];
        if (pu.criteriaSetId !== setRow.id)
          return [
            {
              field: `/units/${i}/code`,
              unit: u.code,
              code: 'CRITERIA_SET_MISMATCH',
              message: `${u.code} chấm theo bộ tiêu chí khác`,
              messageEn: `${u.code} is scored on another set`,
            },
          ];
        return [];
      });
      if (problems.length) throw new DomainError('ASSESSMENTS_INVALID', { errors: problems });

      const now = this.clock.now();
      for (const u of doc.units) {
        const unit = units.find((x) => x.code === u.code)!;
        const assessment = await m.findOneOrFail(Assessment, {
          where: { periodId, unitId: unit.id },
          lock: { mode: 'pessimistic_write' },
        });
        const before = { status: assessment.status };
        const rows = set.leaves.map((leaf) => {
          const item = (u.items[leaf.code] ?? null) as LeafInputV1 | null;
          return {
            assessmentId: assessment.id,
            leafCode: leaf.code,
            finalInput: item,
            finalPointsMilli: pointsOf(leaf, item),
          };
        });
        await m
          .createQueryBuilder()
          .insert()
          .into(AssessmentItem)
          .values(rows)
          .orUpdate(['final_input', 'final_points_milli'], ['assessment_id', 'leaf_code'])
          .execute();
        await m.query('UPDATE assessment_item SET version = version + 1 WHERE assessment_id = $1', [
          assessment.id,
        ]);
        Object.assign(assessment, {
          status: 'final',
          imported: true,
          finalAt: now,
          bonusMilli: u.bonus === undefined ? 0 : toMilli(u.bonus),
          penaltyMilli: u.penalty === undefined ? 0 : toMilli(u.penalty),
        });
        await m.save(assessment);
        await this.audit.record(m, actor, {
          action: 'assessment.import',
          entityType: 'assessment',
          entityId: `${periodId}/${u.code}`,
          before,
          after: {
            status: 'final',
            leaves: Object.keys(u.items).length,
            bonus: u.bonus ?? 0,
            penalty: u.penalty ?? 0,
          },
        });
      }
      return doc.units.map((u) => u.code);
    });
  }

  /**
   * `PUT /periods/{id}/indicators`: figures pushed by a provincial system (e.g. the one-stop system's
   * on-time rates) as self-assessment input of draft assessments. All or nothing; marked with the source.
   */
  async pushIndicators(periodId: string, items: IndicatorDto[], actor: Actor): Promise<number> {
    const source =
      actor.principal?.kind === 'api_key'
        ? `api-key:${actor.principal.name}`
        : `user:${actor.principal?.kind === 'user' ? actor.principal.username : '?'}`;
    return this.dataSource.transaction(async (m) => {
      const period = await m.findOneBy(Period, { id: periodId });
      if (!period) throw periodNotFound();
      if (period.state !== 'self_assessment') {
        throw new DomainError('ASSESSMENT_LOCKED', {
          detail: {
            vi: 'chỉ nhận số liệu trong giai đoạn tự đánh giá',
            en: 'figures are accepted during self-assessment only',
          },
        });
      }
      const units = await m.findBy(Unit, { code: In([...new Set(items.map((i) => i.unitCode))]) });
      const assessments = await m.find(Assessment, {
        where: { periodId, unitId: In(units.map((u) => u.id)) },
        lock: { mode: 'pessimistic_read' },
      });
      const problems: {
        field: string;
        unit: string;
        leaf: string;
        code: string;
        message: string;
        messageEn: string;
      }[] = [];
      const writes: {
        assessment: Assessment;
        leafCode: string;
        input: LeafInputV1;
        points: number | null;
      }[] = [];
      for (const [i, item] of items.entries()) {
        const at = { field: `items.${i}`, unit: item.unitCode, leaf: item.leafCode };
        const unit = units.find((u) => u.code === item.unitCode);
        const assessment = unit && assessments.find((a) => a.unitId === unit.id);
        if (!assessment) {
          problems.push({
            ...at,
            code: 'UNKNOWN_UNIT',
            message: `${item.unitCode} không tham gia kỳ này`,
            messageEn: `${item.unitCode} does not participate`,
          });
          continue;
        }
        if (assessment.status !== 'draft') {
          problems.push({
            ...at,
            code: 'ASSESSMENT_LOCKED',
            message: `${item.unitCode} đã nộp phiếu`,
            messageEn: `${item.unitCode} has submitted`,
          });
          continue;
        }
        const set = await this.sets.get(assessment.criteriaSetId, m);
        const leaf = set.nodesByCode.get(item.leafCode);
        if (!leaf || leaf.type !== 'leaf' || leaf.source !== 'assessment') {
          problems.push({
            ...at,
            code: 'UNKNOWN_LEAF',
            message: `${item.leafCode} không phải tiêu chí tự chấm`,
            messageEn: `${item.leafCode} is not a self-assessed leaf`,
          });
          continue;
        }
        try {
          writes.push({
            assessment,
            leafCode: leaf.code,
            input: item.input,
            points: pointsOf(leaf, item.input),
          });
        } catch (error) {
          const errs = (error as DomainError).options?.errors ?? [];
          for (const e of errs)
            problems.push({ ...at, code: e.code, message: e.message, messageEn: e.messageEn ?? e.message });
        }
      }
      if (problems.length)
        throw new DomainError('INPUT_INVALID', {
          detail: {
            vi: `${problems.length} lỗi, không ghi gì`,
            en: `${problems.length} problem(s), nothing written`,
          },
          errors: problems,
        });
      const now = this.clock.now();
      for (const w of writes) {
        await m
          .createQueryBuilder()
          .insert()
          .into(AssessmentItem)
          .values({ assessmentId: w.assessment.id, leafCode: w.leafCode, version: 0 })
          .orIgnore()
          .execute();
        const row = await m.findOneOrFail(AssessmentItem, {
          where: { assessmentId: w.assessment.id, leafCode: w.leafCode },
          lock: { mode: 'pessimistic_write' },
        });
        const before = {
          selfInput: row.selfInput,
          selfPointsMilli: row.selfPointsMilli,
          selfSource: row.selfSource,
        };
        Object.assign(row, {
          selfInput: w.input,
          selfPointsMilli: w.points,
          selfSource: source,
          selfBy: source,
          selfAt: now,
          finalInput: w.input,
          finalPointsMilli: w.points,
        });
        await m.save(row);
        await this.audit.record(m, actor, {
          action: 'assessment.indicator',
          entityType: 'assessment_item',
          entityId: `${periodId}/${units.find((u) => u.id === w.assessment.unitId)!.code}/${w.leafCode}`,
          before,
          after: { selfInput: w.input, selfPointsMilli: w.points, selfSource: source },
        });
      }
      return writes.length;
    });
  }
}
