import type { AssessmentsV1, CriteriaSet, LeafNode } from '@par/scoring';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem, verbatim } from '../common/errors/field-problem';
import { SurveyCountRepository } from './survey-count.repository';
import { participatingUnits } from './survey-target';
import { Survey } from './survey.entity';
import type { SurveyWarningDto } from './survey.dto';

/**
 * What compute needs from the survey: 409 SURVEY_NOT_CLOSED while the period's survey is open; otherwise
 * the units with fewer forms than its minimum, as `SURVEY_BELOW_MINIMUM` warnings; null without a survey (the
 * compute answer is then exactly results/v1, as before).
 */
export async function surveyComputeWarnings(
  manager: EntityManager,
  periodId: string,
): Promise<SurveyWarningDto[] | null> {
  const survey = await manager.findOneBy(Survey, { periodId });
  if (!survey) return null;
  if (survey.state !== 'closed') throw new DomainError('SURVEY_NOT_CLOSED');
  if (survey.minResponses === 0) return [];
  const tally = await new SurveyCountRepository(manager).formTally(survey.id);
  return (await participatingUnits(manager, periodId)).flatMap((unit) => {
    const received = tally.byUnit.get(unit.id) ?? 0;
    return received < survey.minResponses
      ? [{ unit: unit.code, code: 'SURVEY_BELOW_MINIMUM' as const, received, minimum: survey.minResponses }]
      : [];
  });
}

/**
 * A final-inputs import in a period with a survey: naming a survey leaf is 422 SURVEY_LEAF_IN_IMPORT
 * (every one listed); the returned predicate tells which leaves the import may write (survey leaves are
 * left untouched). Without a survey, every leaf as before.
 */
export async function surveyImportFilter(
  manager: EntityManager,
  periodId: string,
  set: CriteriaSet,
  doc: AssessmentsV1,
): Promise<(leaf: LeafNode) => boolean> {
  if (!(await manager.existsBy(Survey, { periodId }))) return () => true;
  const surveyLeaves = new Set(set.leaves.filter((l) => l.source === 'survey').map((l) => l.code));
  const named = doc.units.flatMap((unit, i) =>
    Object.keys(unit.items)
      .filter((leaf) => surveyLeaves.has(leaf))
      .map((leaf) =>
        fieldProblem(
          'SURVEY_LEAF',
          { unit: unit.code, leaf },
          { field: `/units/${i}/items/${leaf}`, unit: unit.code, leaf },
        ),
      ),
  );
  if (named.length) throw new DomainError('SURVEY_LEAF_IN_IMPORT', { errors: named });
  return (leaf) => leaf.source !== 'survey';
}

/** Appraisers never write a survey leaf of a period with a survey (422 SURVEY_LEAF_NOT_APPRAISED). */
export async function assertNotSurveyScored(
  manager: EntityManager,
  periodId: string,
  leaf: LeafNode,
): Promise<void> {
  if (leaf.source === 'survey' && (await manager.existsBy(Survey, { periodId })))
    throw new DomainError('SURVEY_LEAF_NOT_APPRAISED', { detail: verbatim(leaf.code) });
}
