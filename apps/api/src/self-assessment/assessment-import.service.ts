import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DETAIL_TEXTS } from '@par/contracts';
import { parseAssessments, toMilli, type AssessmentsV1, type LeafInputV1 } from '@par/scoring';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { issuesToProblems } from '../common/errors/issues';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { Unit } from '../organization/unit.entity';
import { PeriodCriteriaSet } from '../period/period-criteria-set.entity';
import { PeriodUnit } from '../period/period-unit.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { surveyImportFilter } from '../survey/survey-scoring';
import { AssessmentItem } from './assessment-item.entity';
import { Assessment } from './assessment.entity';
import { pointsOf } from './leaf-scoring';

/** The admin's import of final inputs (`assessments/v1`): the listed units' assessments become final. */
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
   * Only the leaves (and bonus/penalty) the file names change; `replace` blanks every leaf it leaves out.
   */
  async importFinal(
    periodId: string,
    input: unknown,
    actor: Actor,
    options: { replace?: boolean } = {},
  ): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_PUBLISHED');
      const code =
        typeof input === 'object' && input !== null
          ? (input as { criteriaSet?: unknown }).criteriaSet
          : undefined;
      const links = await manager.findBy(PeriodCriteriaSet, { periodId });
      const setRows = await manager.findBy(CriteriaSetRow, {
        id: In(links.map((link) => link.criteriaSetId)),
      });
      const setRow =
        setRows.find((row) => row.code === code) ??
        (setRows.length === 1 && code === undefined ? setRows[0] : undefined);
      if (!setRow) {
        throw new DomainError('ASSESSMENTS_INVALID', {
          errors: [
            fieldProblem(
              'CRITERIA_SET_MISMATCH',
              { allowed: setRows.map((row) => row.code) },
              '/criteriaSet',
            ),
          ],
        });
      }
      const set = await this.sets.get(setRow.id, manager);
      const parsed = parseAssessments(input, set);
      if (!parsed.ok)
        throw new DomainError('ASSESSMENTS_INVALID', {
          detail: DETAIL_TEXTS.PROBLEM_COUNT({ count: parsed.issues.length }),
          errors: issuesToProblems(parsed.issues),
        });
      const document = input as AssessmentsV1;
      // A period with a survey: survey leaves come from it (named ones → 422, the others left untouched).
      const writable = await surveyImportFilter(manager, periodId, set, document);

      const units = await manager.findBy(Unit, { code: In(document.units.map((entry) => entry.code)) });
      const participation = await manager.findBy(PeriodUnit, {
        periodId,
        unitId: In(units.map((unit) => unit.id)),
      });
      const problems = document.units.flatMap((entry, index) => {
        const unit = units.find((candidate) => candidate.code === entry.code);
        const participant = unit && participation.find((row) => row.unitId === unit.id);
        const where = { field: `/units/${index}/code`, unit: entry.code };
        if (!participant) return [fieldProblem('UNKNOWN_UNIT', { unit: entry.code }, where)];
        if (participant.criteriaSetId !== setRow.id)
          return [fieldProblem('CRITERIA_SET_MISMATCH', { unit: entry.code }, where)];
        return [];
      });
      if (problems.length) throw new DomainError('ASSESSMENTS_INVALID', { errors: problems });

      const now = this.clock.now();
      for (const entry of document.units) {
        const unit = units.find((candidate) => candidate.code === entry.code)!;
        const assessment = await manager.findOneOrFail(Assessment, {
          where: { periodId, unitId: unit.id },
          lock: { mode: 'pessimistic_write' },
        });
        const before = {
          status: assessment.status,
          bonusMilli: assessment.bonusMilli,
          penaltyMilli: assessment.penaltyMilli,
        };
        // Merge (default): only the leaves the file names; `replace`: every writable leaf, blank where absent.
        const leaves = set.leaves.filter(
          (leaf) => writable(leaf) && (options.replace || Object.hasOwn(entry.items, leaf.code)),
        );
        const codes = leaves.map((leaf) => leaf.code);
        const previous = codes.length
          ? await manager.findBy(AssessmentItem, { assessmentId: assessment.id, leafCode: In(codes) })
          : [];
        const rows = leaves.map((leaf) => {
          const item = (entry.items[leaf.code] ?? null) as LeafInputV1 | null;
          return {
            assessmentId: assessment.id,
            leafCode: leaf.code,
            finalInput: item,
            finalPointsMilli: pointsOf(leaf, item),
          };
        });
        if (rows.length) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(AssessmentItem)
            .values(rows)
            .orUpdate(['final_input', 'final_points_milli'], ['assessment_id', 'leaf_code'])
            .execute();
          await manager.query(
            'UPDATE assessment_item SET version = version + 1 WHERE assessment_id = $1 AND leaf_code = ANY($2)',
            [assessment.id, codes],
          );
        }
        Object.assign(assessment, {
          status: 'final',
          imported: true,
          finalAt: now,
          bonusMilli:
            entry.bonus !== undefined ? toMilli(entry.bonus) : options.replace ? 0 : assessment.bonusMilli,
          penaltyMilli:
            entry.penalty !== undefined
              ? toMilli(entry.penalty)
              : options.replace
                ? 0
                : assessment.penaltyMilli,
        });
        await manager.save(assessment);
        await this.audit.record(manager, actor, {
          action: 'assessment.import',
          entityType: 'assessment',
          entityId: `${periodId}/${entry.code}`,
          before: {
            ...before,
            items: Object.fromEntries(previous.map((item) => [item.leafCode, item.finalInput])),
          },
          after: {
            status: 'final',
            mode: options.replace ? 'replace' : 'merge',
            bonusMilli: assessment.bonusMilli,
            penaltyMilli: assessment.penaltyMilli,
            items: Object.fromEntries(rows.map((row) => [row.leafCode, row.finalInput])),
          },
        });
      }
      return document.units.map((entry) => entry.code);
    });
  }
}
