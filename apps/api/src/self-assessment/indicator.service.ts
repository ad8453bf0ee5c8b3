import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldProblem } from '@par/contracts';
import type { LeafInputV1 } from '@par/scoring';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Unit } from '../organization/unit.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { AssessmentItem } from './assessment-item.entity';
import { Assessment } from './assessment.entity';
import type { IndicatorDto } from './indicator.dto';
import { pointsOf } from './leaf-scoring';

/** Figures pushed by provincial systems (API keys with `indicators:write`) into draft self-assessments. */
@Injectable()
export class IndicatorService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * `PUT /periods/{id}/indicators`: figures pushed by a provincial system (e.g. the one-stop system's
   * on-time rates) as self-assessment input of draft assessments. All or nothing; marked with the source.
   */
  async pushIndicators(periodId: string, items: IndicatorDto[], actor: Actor): Promise<number> {
    const source =
      actor.principal?.kind === 'api_key'
        ? `api-key:${actor.principal.name}`
        : `user:${actor.principal?.kind === 'user' ? actor.principal.username : '?'}`;
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOneBy(Period, { id: periodId });
      if (!period) throw periodNotFound();
      if (period.state !== 'self_assessment') {
        throw new DomainError('ASSESSMENT_LOCKED', {
          detail: {
            vi: 'chỉ nhận số liệu trong giai đoạn tự đánh giá',
            en: 'figures are accepted during self-assessment only',
          },
        });
      }
      const units = await manager.findBy(Unit, {
        code: In([...new Set(items.map((item) => item.unitCode))]),
      });
      const assessments = await manager.find(Assessment, {
        where: { periodId, unitId: In(units.map((unit) => unit.id)) },
        lock: { mode: 'pessimistic_read' },
      });
      const problems: FieldProblem[] = [];
      const writes: {
        assessment: Assessment;
        leafCode: string;
        input: LeafInputV1;
        points: number | null;
      }[] = [];
      for (const [index, item] of items.entries()) {
        const at = { field: `items.${index}`, unit: item.unitCode, leaf: item.leafCode };
        const unit = units.find((candidate) => candidate.code === item.unitCode);
        const assessment = unit && assessments.find((candidate) => candidate.unitId === unit.id);
        if (!assessment) {
          problems.push(fieldProblem('UNKNOWN_UNIT', { unit: item.unitCode }, at));
          continue;
        }
        if (assessment.status !== 'draft') {
          problems.push(fieldProblem('ASSESSMENT_LOCKED', { unit: item.unitCode }, at));
          continue;
        }
        const set = await this.sets.get(assessment.criteriaSetId, manager);
        const leaf = set.nodesByCode.get(item.leafCode);
        if (!leaf || leaf.type !== 'leaf' || leaf.source !== 'assessment') {
          problems.push(fieldProblem('UNKNOWN_LEAF', { leaf: item.leafCode }, at));
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
          for (const problem of (error as DomainError).options?.errors ?? [])
            problems.push({
              ...at,
              code: problem.code,
              message: problem.message,
              messageEn: problem.messageEn ?? problem.message,
            });
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
      for (const write of writes) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(AssessmentItem)
          .values({ assessmentId: write.assessment.id, leafCode: write.leafCode, version: 0 })
          .orIgnore()
          .execute();
        const row = await manager.findOneOrFail(AssessmentItem, {
          where: { assessmentId: write.assessment.id, leafCode: write.leafCode },
          lock: { mode: 'pessimistic_write' },
        });
        const before = {
          selfInput: row.selfInput,
          selfPointsMilli: row.selfPointsMilli,
          selfSource: row.selfSource,
        };
        Object.assign(row, {
          selfInput: write.input,
          selfPointsMilli: write.points,
          selfSource: source,
          selfBy: source,
          selfAt: now,
          finalInput: write.input,
          finalPointsMilli: write.points,
        });
        await manager.save(row);
        await this.audit.record(manager, actor, {
          action: 'assessment.indicator',
          entityType: 'assessment_item',
          entityId: `${periodId}/${units.find((unit) => unit.id === write.assessment.unitId)!.code}/${write.leafCode}`,
          before,
          after: { selfInput: write.input, selfPointsMilli: write.points, selfSource: source },
        });
      }
      return writes.length;
    });
  }
}
