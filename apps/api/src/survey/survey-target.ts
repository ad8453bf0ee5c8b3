import { Injectable } from '@nestjs/common';
import type { FieldProblem } from '@par/contracts';
import type { CriteriaSet } from '@par/scoring';
import type { EntityManager } from 'typeorm';
import { fieldProblem } from '../common/errors/field-problem';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { SurveyGroup } from './survey-group.entity';
import { surveyQuestions, type SurveyQuestion } from './survey-question';

/** A unit taking part in the period, as the survey sees it. */
export interface SurveyUnit {
  id: string;
  code: string;
  name: string;
  typeCode: string;
  /** Ranking group. */
  group: string;
  criteriaSetId: string;
}

/** One kind of form: a respondent group rating one unit, and the questions it answers. */
export interface SurveyTarget {
  group: SurveyGroup;
  unit: SurveyUnit;
  questions: SurveyQuestion[];
}

export async function participatingUnits(manager: EntityManager, periodId: string): Promise<SurveyUnit[]> {
  const rows = await manager.query<
    {
      id: string;
      code: string;
      name: string;
      type_code: string;
      group_code: string;
      criteria_set_id: string;
    }[]
  >(
    `SELECT u.id, u.code, u.name, u.type_code, pu.group_code, pu.criteria_set_id
       FROM period_unit pu JOIN unit u ON u.id = pu.unit_id
      WHERE pu.period_id = $1 ORDER BY pu.group_code, u.code`,
    [periodId],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    typeCode: r.type_code,
    group: r.group_code,
    criteriaSetId: r.criteria_set_id,
  }));
}

/** Whether a group rates units of this type (no `unitTypes`: every unit). */
export function groupRates(
  group: Pick<SurveyGroup, 'unitTypes'>,
  unit: Pick<SurveyUnit, 'typeCode'>,
): boolean {
  return !group.unitTypes || group.unitTypes.includes(unit.typeCode);
}

/**
 * Resolves "group X about unit Y" in a survey, or lists why not (unknown group, a unit not in the period,
 * a unit the group does not rate, no question left for it). Questions are cached per set version.
 */
@Injectable()
export class SurveyTargets {
  /** Per parsed set (a new set version is a new object), per `leafCodes`. */
  private readonly cache = new WeakMap<CriteriaSet, Map<string, SurveyQuestion[]>>();

  constructor(private readonly sets: CriteriaSetCache) {}

  async questionsFor(
    manager: EntityManager,
    criteriaSetId: string,
    leafCodes: readonly string[] | null,
  ): Promise<SurveyQuestion[]> {
    return this.questionsOf(await this.sets.get(criteriaSetId, manager), leafCodes);
  }

  /** Sets by `id@version` (the public page's hot path learns the version with its lookup: no extra query). */
  private readonly versions = new Map<string, CriteriaSet>();

  async questionsAt(
    criteriaSetId: string,
    version: number,
    leafCodes: readonly string[] | null,
  ): Promise<SurveyQuestion[]> {
    const key = `${criteriaSetId}@${version}`;
    let set = this.versions.get(key);
    if (!set) {
      set = await this.sets.get(criteriaSetId);
      if (this.versions.size > 200) this.versions.clear();
      this.versions.set(key, set);
    }
    return this.questionsOf(set, leafCodes);
  }

  questionsOf(set: CriteriaSet, leafCodes: readonly string[] | null): SurveyQuestion[] {
    let bySelection = this.cache.get(set);
    if (!bySelection) {
      bySelection = new Map();
      this.cache.set(set, bySelection);
    }
    const key = leafCodes?.join(',') ?? '*';
    let questions = bySelection.get(key);
    if (!questions) {
      questions = surveyQuestions(set, leafCodes);
      bySelection.set(key, questions);
    }
    return questions;
  }

  async resolve(
    manager: EntityManager,
    survey: { id: string; periodId: string },
    groupCode: string,
    unitCode: string,
  ): Promise<{ target: SurveyTarget | null; problems: FieldProblem[] }> {
    const group = await manager.findOneBy(SurveyGroup, { surveyId: survey.id, code: groupCode });
    const rows = await manager.query<
      {
        id: string;
        code: string;
        name: string;
        type_code: string;
        group_code: string;
        criteria_set_id: string;
      }[]
    >(
      `SELECT u.id, u.code, u.name, u.type_code, pu.group_code, pu.criteria_set_id
         FROM unit u JOIN period_unit pu ON pu.unit_id = u.id AND pu.period_id = $1
        WHERE u.code = $2`,
      [survey.periodId, unitCode],
    );
    const problems: FieldProblem[] = [];
    if (!group) problems.push(fieldProblem('UNKNOWN_GROUP', { group: groupCode }, 'groupCode'));
    const row = rows[0];
    if (!row)
      problems.push(fieldProblem('UNKNOWN_UNIT', { unit: unitCode }, { field: 'unitCode', unit: unitCode }));
    if (!group || !row) return { target: null, problems };
    const unit: SurveyUnit = {
      id: row.id,
      code: row.code,
      name: row.name,
      typeCode: row.type_code,
      group: row.group_code,
      criteriaSetId: row.criteria_set_id,
    };
    if (!groupRates(group, unit)) {
      return {
        target: null,
        problems: [
          fieldProblem(
            'UNIT_NOT_RATED_BY_GROUP',
            { group: groupCode, unit: unitCode, unitType: unit.typeCode },
            { field: 'unitCode', unit: unitCode },
          ),
        ],
      };
    }
    const questions = await this.questionsFor(manager, unit.criteriaSetId, group.leafCodes);
    if (questions.length === 0) {
      return {
        target: null,
        problems: [
          fieldProblem(
            'NO_QUESTIONS',
            { group: groupCode, unit: unitCode },
            { field: 'unitCode', unit: unitCode },
          ),
        ],
      };
    }
    return { target: { group, unit, questions }, problems: [] };
  }
}
