import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseLeafInput, scoreLeaf, type CriteriaSet, type LeafInputV1, type LeafNode } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { unitFilterFor } from '../self-assessment/appraiser-unit-filter';
import { SurveyCountRepository } from './survey-count.repository';
import { SurveyDefinitionService } from './survey-definition.service';
import { lockAgainstAnswers } from './survey-lock';
import { writablePeriod } from './survey-period';
import { isSurveyQuestionLeaf } from './survey-question';
import { participatingUnits, type SurveyUnit } from './survey-target';
import { surveyInstant } from './survey-window';
import { Survey } from './survey.entity';
import type { ReopenSurveyDto, SurveyCountsDto, SurveyDto } from './survey.dto';

type Counts = Record<string, number>;

/** Counts per unit and survey leaf, every option of the leaf's rule present (0 where none). */
async function countsByUnit(
  manager: EntityManager,
  sets: CriteriaSetCache,
  survey: Survey,
  units: SurveyUnit[],
): Promise<Map<SurveyUnit, { set: CriteriaSet; leaves: Map<LeafNode, Counts> }>> {
  const answered = await new SurveyCountRepository(manager).answerCounts(survey.id);
  const byUnit = new Map<string, Map<string, Map<string, number>>>();
  for (const a of answered) {
    const leaves = byUnit.get(a.unitId) ?? new Map<string, Map<string, number>>();
    const options = leaves.get(a.leafCode) ?? new Map<string, number>();
    options.set(a.optionCode, a.count);
    leaves.set(a.leafCode, options);
    byUnit.set(a.unitId, leaves);
  }
  const out = new Map<SurveyUnit, { set: CriteriaSet; leaves: Map<LeafNode, Counts> }>();
  for (const unit of units) {
    const set = await sets.get(unit.criteriaSetId, manager);
    const leaves = new Map<LeafNode, Counts>();
    for (const leaf of set.leaves) {
      if (!isSurveyQuestionLeaf(leaf) || leaf.rule.kind !== 'survey') continue;
      const given = byUnit.get(unit.id)?.get(leaf.code);
      leaves.set(leaf, Object.fromEntries(leaf.rule.options.map((o) => [o.code, given?.get(o.code) ?? 0])));
    }
    out.set(unit, { set, leaves });
  }
  return out;
}

function pointsOf(leaf: LeafNode, input: LeafInputV1): number {
  const parsed = parseLeafInput(leaf, input);
  if (!parsed.ok) throw new Error(`survey counts of ${leaf.code} do not fit its rule`);
  return scoreLeaf(leaf, parsed.value).pointsMilli;
}

/**
 * Close (the counts become each survey leaf's input, in a `survey` stage of the unit's assessment items,
 * scored by libs/scoring), reopen (until compute) and the counts themselves.
 */
@Injectable()
export class SurveyCloseService {
  constructor(
    private readonly definitions: SurveyDefinitionService,
    private readonly sets: CriteriaSetCache,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `GET /periods/{id}/survey/counts`: `{ units: [{ code, items: { leaf: { counts } } }] }`. */
  async counts(periodId: string, actor: Actor): Promise<SurveyCountsDto> {
    const manager = this.dataSource.manager;
    const survey = await this.definitions.surveyOf(manager, periodId);
    // An appraiser sees the units their assignment covers, as in the appraisal queue.
    const visible = await unitFilterFor(manager, actor, periodId);
    const units = (await participatingUnits(manager, periodId)).filter((unit) => !visible || visible(unit));
    const counted = await countsByUnit(manager, this.sets, survey, units);
    return {
      units: units.map((unit) => ({
        code: unit.code,
        items: Object.fromEntries(
          [...counted.get(unit)!.leaves].map(([leaf, counts]) => [leaf.code, { counts }]),
        ),
      })),
    };
  }

  /** `POST /periods/{id}/survey/close` (admin): no more answers; counts → the survey stage of each leaf. */
  async close(periodId: string, actor: Actor): Promise<SurveyDto> {
    await this.dataSource.transaction(async (manager) => {
      await lockAgainstAnswers(manager);
      await writablePeriod(manager, periodId);
      const found = await this.definitions.surveyOf(manager, periodId);
      const survey = await manager.findOneOrFail(Survey, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (survey.state === 'closed') throw new DomainError('SURVEY_CLOSED');
      const now = this.clock.now();
      const units = await participatingUnits(manager, periodId);
      const counted = await countsByUnit(manager, this.sets, survey, units);
      const rows: { assessment: string; leaf: string; input: LeafInputV1; points: number }[] = [];
      const assessments = new Map(
        (
          await manager.query<{ id: string; unit_id: string }[]>(
            'SELECT id, unit_id FROM assessment WHERE period_id = $1',
            [periodId],
          )
        ).map((a) => [a.unit_id, a.id]),
      );
      for (const unit of units) {
        const assessment = assessments.get(unit.id);
        if (!assessment) continue;
        for (const [leaf, counts] of counted.get(unit)!.leaves) {
          const input: LeafInputV1 = { counts };
          rows.push({ assessment, leaf: leaf.code, input, points: pointsOf(leaf, input) });
        }
      }
      if (rows.length) {
        await manager.query(
          `INSERT INTO assessment_item (assessment_id, leaf_code, survey_input, survey_points_milli, survey_at,
                                        final_input, final_points_milli, version)
           SELECT x.assessment, x.leaf, x.input, x.points, $2, x.input, x.points, 1
             FROM jsonb_to_recordset($1::jsonb) AS x(assessment uuid, leaf text, input jsonb, points integer)
           ON CONFLICT (assessment_id, leaf_code) DO UPDATE
              SET survey_input = EXCLUDED.survey_input, survey_points_milli = EXCLUDED.survey_points_milli,
                  survey_at = EXCLUDED.survey_at, final_input = EXCLUDED.final_input,
                  final_points_milli = EXCLUDED.final_points_milli, version = assessment_item.version + 1`,
          [JSON.stringify(rows), now],
        );
      }
      Object.assign(survey, { state: 'closed', closedAt: now });
      await manager.save(survey);
      const forms = await new SurveyCountRepository(manager).formTally(survey.id);
      await this.audit.record(manager, actor, {
        action: 'survey.close',
        entityType: 'survey',
        entityId: periodId,
        before: { state: 'open' },
        after: { state: 'closed', forms: forms.total, items: rows.length },
      });
    });
    return this.definitions.view(periodId);
  }

  /**
   * `POST /periods/{id}/survey/reopen` (admin): answers again (optionally until a new `closesAt`); the survey
   * stage of the items is cleared. Refused once results are computed.
   */
  async reopen(periodId: string, dto: ReopenSurveyDto, actor: Actor): Promise<SurveyDto> {
    await this.dataSource.transaction(async (manager) => {
      await lockAgainstAnswers(manager);
      const period = await writablePeriod(manager, periodId);
      const found = await this.definitions.surveyOf(manager, periodId);
      const survey = await manager.findOneOrFail(Survey, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (period.state === 'computed')
        throw new DomainError('PERIOD_STATE_CONFLICT', {
          detail: {
            vi: 'kết quả đã được tính; không mở lại cuộc điều tra được',
            en: 'results are computed; the survey cannot reopen',
          },
        });
      if (survey.state !== 'closed') throw new DomainError('SURVEY_NOT_CLOSED');
      const closesAt = dto.closesAt ? surveyInstant(dto.closesAt, 'end') : survey.closesAt;
      if (closesAt.getTime() <= survey.opensAt.getTime())
        throw new DomainError('SURVEY_INVALID', {
          errors: [fieldProblem('WINDOW_EMPTY', {}, 'closesAt')],
        });
      await manager.query(
        `UPDATE assessment_item i
            SET survey_input = NULL, survey_points_milli = NULL, survey_at = NULL,
                final_input = NULL, final_points_milli = NULL, version = i.version + 1
           FROM assessment a
          WHERE a.id = i.assessment_id AND a.period_id = $1 AND i.survey_at IS NOT NULL`,
        [periodId],
      );
      const before = { state: survey.state, closesAt: survey.closesAt };
      Object.assign(survey, { state: 'open', closedAt: null, closesAt });
      await manager.save(survey);
      await this.audit.record(manager, actor, {
        action: 'survey.reopen',
        entityType: 'survey',
        entityId: periodId,
        before,
        after: { state: 'open', closesAt },
      });
    });
    return this.definitions.view(periodId);
  }
}
