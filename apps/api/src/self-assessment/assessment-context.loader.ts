import { Injectable } from '@nestjs/common';
import type { CriteriaSet, LeafNode } from '@par/scoring';
import type { EntityManager } from 'typeorm';
import { userOf, type Actor } from '../auth/principal';
import { notFound } from '../common/errors/domain-error';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Unit } from '../organization/unit.entity';
import { AppraisalAssignment } from '../period/appraisal-assignment.entity';
import { PeriodUnit } from '../period/period-unit.entity';
import { Period } from '../period/period.entity';
import { coverageOf, mayRead, type UnitCoverage } from './assessment-access';
import { Assessment } from './assessment.entity';
import { sameCode } from '../common/codes';

/** Everything a request on one unit's assessment needs, loaded once. */
export interface AssessmentContext {
  period: Period;
  unit: Unit;
  participation: PeriodUnit;
  assessment: Assessment;
  set: CriteriaSet;
  /** What the caller may appraise of this unit (null: nothing — unit people, API keys). */
  coverage: UnitCoverage | null;
}

/** How the assessment row is locked: not at all (reads), shared (item writes), exclusive (status changes). */
export type AssessmentLock = 'none' | 'share' | 'update';

/**
 * Loads one unit's assessment with its period, participation and criteria set, and enforces who may read
 * it (404 otherwise, so nobody learns that another unit's assessment exists; an appraiser reads only the
 * units of their period's assignment, never their own). Used by every service of
 * this module, by evidence and by the exports.
 */
@Injectable()
export class AssessmentContextLoader {
  constructor(private readonly sets: CriteriaSetCache) {}

  async load(
    manager: EntityManager,
    periodId: string,
    unitCode: string,
    actor: Actor,
    lock: AssessmentLock = 'none',
  ): Promise<AssessmentContext> {
    const missing = () =>
      notFound({
        vi: `Không có phiếu đánh giá của ${unitCode} trong kỳ này`,
        en: `No assessment of ${unitCode} in this period`,
      });
    const period = await manager.findOneBy(Period, { id: periodId });
    const unit = await manager.findOneBy(Unit, { code: sameCode(unitCode) });
    if (!period || !unit) throw missing();
    if (actor.principal && !mayRead(actor, unit.id)) throw missing();
    const user = userOf(actor);
    const coverage = coverageOf(
      user,
      unit,
      user?.role === 'appraiser' ? await manager.findBy(AppraisalAssignment, { periodId }) : [],
    );
    // An appraiser outside their assignment (or on their own unit) learns nothing, as another unit would.
    if (user?.role === 'appraiser' && !coverage) throw missing();
    const participation = await manager.findOneBy(PeriodUnit, { periodId, unitId: unit.id });
    const assessment = await manager.findOne(Assessment, {
      where: { periodId, unitId: unit.id },
      ...(lock === 'none'
        ? {}
        : { lock: { mode: lock === 'share' ? 'pessimistic_read' : 'pessimistic_write' } }),
    });
    if (!participation || !assessment) throw missing();
    return {
      period,
      unit,
      participation,
      assessment,
      set: await this.sets.get(assessment.criteriaSetId, manager),
      coverage,
    };
  }
}

/** The leaf of the set with this code; 404 for an unknown code or a code that is not a leaf. */
export function leafOf(set: CriteriaSet, code: string): LeafNode {
  const node = set.nodesByCode.get(code);
  if (!node || node.type !== 'leaf')
    throw notFound({ vi: `Không có tiêu chí thành phần ${code}`, en: `No leaf ${code}` });
  return node;
}
