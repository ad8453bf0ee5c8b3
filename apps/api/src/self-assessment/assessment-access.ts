import { DETAIL_TEXTS, UNIT_ROLES, type LocalizedText } from '@par/contracts';
import type { CriteriaSet, LeafNode } from '@par/scoring';
import type { Actor, UserPrincipal } from '../auth/principal';
import { userOf } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import type { PeriodUnit } from '../period/period-unit.entity';
import type { Period } from '../period/period.entity';
import type { AssessmentContext } from './assessment-context.loader';
import type { Stage } from './assessment-stage';

/** The top-level ancestor (area, lĩnh vực) of a node. */
export function areaOf(set: CriteriaSet, code: string): string {
  let node = set.nodesByCode.get(code);
  while (node?.parentCode) node = set.nodesByCode.get(node.parentCode);
  return node?.code ?? code;
}

/** An appraiser covers a leaf of an area assigned to them (`*`: every area) or led by their agency. */
export function appraiserCovers(user: UserPrincipal, set: CriteriaSet, leaf: LeafNode): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'appraiser') return false;
  if (user.areaCodes.includes('*') || user.areaCodes.includes(areaOf(set, leaf.code))) return true;
  return Boolean(user.unitCode && leaf.leadAgency === user.unitCode);
}

export function isUnitMember(actor: Actor, unitId: string): boolean {
  const principal = actor.principal;
  return principal?.kind === 'user' && UNIT_ROLES.includes(principal.role) && principal.unitId === unitId;
}

/** Who may read a unit's assessment: admin, appraisers, and that unit's own people. */
export function mayRead(actor: Actor, unitId: string): boolean {
  const principal = actor.principal;
  if (principal?.kind !== 'user') return false;
  return principal.role === 'admin' || principal.role === 'appraiser' || isUnitMember(actor, unitId);
}

/** 403 FORBIDDEN saying who may do this. */
export function forbidden(who: LocalizedText): DomainError {
  return new DomainError('FORBIDDEN', { detail: who });
}

/** The unit's own deadline for a stage it writes in (its extension, else the period's). */
export function deadlineOf(
  context: {
    period: Pick<Period, 'selfAssessmentDue' | 'explanationDue'>;
    participation: Pick<PeriodUnit, 'selfAssessmentDue' | 'explanationDue'>;
  },
  stage: 'self' | 'explanation',
): Date | null {
  return stage === 'self'
    ? (context.participation.selfAssessmentDue ?? context.period.selfAssessmentDue)
    : (context.participation.explanationDue ?? context.period.explanationDue);
}

/** DEADLINE_PASSED once `now` is past `due` (no deadline: always open). */
export function assertBeforeDeadline(due: Date | null, now: Date): void {
  if (due && now.getTime() > due.getTime()) {
    throw new DomainError('DEADLINE_PASSED', {
      detail: { vi: `hạn ${due.toISOString()}`, en: `due ${due.toISOString()}` },
      extensions: { deadline: due.toISOString() },
    });
  }
}

/**
 * Who may write a leaf in a stage: the unit (before its deadline; admin any time) in its own stages,
 * appraisers in scope in the rounds (LEAF_NOT_IN_SCOPE for an appraiser outside it).
 */
export function assertMayAct(
  context: AssessmentContext,
  stage: Stage,
  leaf: LeafNode,
  actor: Actor,
  now: Date,
): void {
  const user = userOf(actor);
  const admin = user?.role === 'admin';
  if (stage === 'self' || stage === 'explanation') {
    if (!admin && !isUnitMember(actor, context.unit.id)) throw forbidden(DETAIL_TEXTS.ONLY_ASSESSED_UNIT());
    if (!admin) assertBeforeDeadline(deadlineOf(context, stage), now);
    return;
  }
  if (!user || !appraiserCovers(user, context.set, leaf)) {
    if (user?.role === 'appraiser') {
      throw new DomainError('LEAF_NOT_IN_SCOPE', { detail: DETAIL_TEXTS.LEAF({ leaf: leaf.code }) });
    }
    throw forbidden(DETAIL_TEXTS.APPRAISERS_ONLY());
  }
}
