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
import type { IndicatorDto, IndicatorUnitResultDto } from './indicator.dto';
import { pointsOf } from './leaf-scoring';

interface Write {
  leafCode: string;
  input: LeafInputV1;
  points: number | null;
}

/**
 * Figures pushed by provincial systems (API keys with `indicators:write`) into draft self-assessments.
 * Only leaves the set marks as indicator leaves receive them, figures only (never points or "not
 * applicable"). They are kept as their own source beside the unit's entry; they count as the unit's self
 * input only while the unit has typed none (the unit's own entry always wins). Each unit is answered on
 * its own: one submitted or wrong unit does not block the others.
 */
@Injectable()
export class IndicatorService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async pushIndicators(
    periodId: string,
    items: IndicatorDto[],
    actor: Actor,
  ): Promise<{ updated: number; units: IndicatorUnitResultDto[] }> {
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
      const codes = [...new Set(items.map((item) => item.unitCode))];
      const units = await manager.findBy(Unit, { code: In(codes) });
      const assessments = await manager.find(Assessment, {
        where: { periodId, unitId: In(units.map((unit) => unit.id)) },
        lock: { mode: 'pessimistic_read' },
      });
      const answers: IndicatorUnitResultDto[] = [];
      let updated = 0;
      for (const code of codes) {
        const mine = items
          .map((item, index) => ({ item, index }))
          .filter(({ item }) => item.unitCode === code);
        const unit = units.find((candidate) => candidate.code === code);
        const assessment = unit && assessments.find((candidate) => candidate.unitId === unit.id);
        const problems: FieldProblem[] = [];
        const writes: Write[] = [];
        if (!assessment) problems.push(fieldProblem('UNKNOWN_UNIT', { unit: code }, { unit: code }));
        else if (assessment.status !== 'draft')
          problems.push(fieldProblem('ASSESSMENT_LOCKED', { unit: code }, { unit: code }));
        else {
          const set = await this.sets.get(assessment.criteriaSetId, manager);
          for (const { item, index } of mine) {
            const at = { field: `items.${index}`, unit: code, leaf: item.leafCode };
            const leaf = set.nodesByCode.get(item.leafCode);
            if (!leaf || leaf.type !== 'leaf' || leaf.source !== 'assessment') {
              problems.push(fieldProblem('UNKNOWN_LEAF', { leaf: item.leafCode }, at));
              continue;
            }
            if (!leaf.indicator) {
              problems.push(fieldProblem('NOT_AN_INDICATOR_LEAF', { leaf: leaf.code }, at));
              continue;
            }
            if (item.input.points !== undefined || item.input.notApplicable !== undefined) {
              problems.push(fieldProblem('FIGURES_ONLY', { leaf: leaf.code }, at));
              continue;
            }
            try {
              writes.push({ leafCode: leaf.code, input: item.input, points: pointsOf(leaf, item.input) });
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
        }
        if (problems.length || !assessment) {
          answers.push({ unitCode: code, status: 'refused', leaves: 0, problems });
          continue;
        }
        for (const write of writes)
          await this.write(manager, periodId, code, assessment, write, source, actor);
        updated += writes.length;
        answers.push({ unitCode: code, status: 'accepted', leaves: writes.length, problems: [] });
      }
      return { updated, units: answers };
    });
  }

  private async write(
    manager: DataSource['manager'],
    periodId: string,
    unitCode: string,
    assessment: Assessment,
    write: Write,
    source: string,
    actor: Actor,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AssessmentItem)
      .values({ assessmentId: assessment.id, leafCode: write.leafCode, version: 0 })
      .orIgnore()
      .execute();
    const row = await manager.findOneOrFail(AssessmentItem, {
      where: { assessmentId: assessment.id, leafCode: write.leafCode },
      lock: { mode: 'pessimistic_write' },
    });
    const before = {
      indicatorInput: row.indicatorInput,
      indicatorSource: row.indicatorSource,
      selfInput: row.selfInput,
      selfPointsMilli: row.selfPointsMilli,
      selfSource: row.selfSource,
    };
    const now = this.clock.now();
    Object.assign(row, { indicatorInput: write.input, indicatorSource: source, indicatorAt: now });
    // The unit's own entry wins; pushed figures stand in only while it has none (or only earlier pushes).
    const unitsOwn = row.selfInput !== null && row.selfSource === null;
    if (!unitsOwn) {
      Object.assign(row, {
        selfInput: write.input,
        selfPointsMilli: write.points,
        selfSource: source,
        selfBy: source,
        selfAt: now,
        finalInput: write.input,
        finalPointsMilli: write.points,
      });
    }
    row.version += 1;
    await manager.save(row);
    await this.audit.record(manager, actor, {
      action: 'assessment.indicator',
      entityType: 'assessment_item',
      entityId: `${periodId}/${unitCode}/${write.leafCode}`,
      before,
      after: {
        indicatorInput: write.input,
        indicatorSource: source,
        selfInput: row.selfInput,
        selfPointsMilli: row.selfPointsMilli,
        selfSource: row.selfSource,
        counts: unitsOwn ? 'unit' : 'pushed',
      },
    });
  }
}
