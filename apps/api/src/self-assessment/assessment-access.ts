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

/**
 * The agency a leaf inherits: the nearest node on its path (the leaf itself included) that names one —
 * a set that names its lead agencies per area gives every leaf of the area that agency.
 */
export function inheritedAgency(
  set: CriteriaSet,
  code: string,
  field: 'leadAgency' | 'responsibleAgency',
): string | null {
  let node = set.nodesByCode.get(code);
  while (node) {
    const agency = node[field];
    if (agency !== undefined) return agency;
    node = node.parentCode === null ? undefined : set.nodesByCode.get(node.parentCode);
  }
  return null;
}

/**
 * What one appraiser covers of one unit in one period: some areas (or all), and — only when the period has
 * no assignments — the leaves led by their agency. `allAreas` makes them the unit's council secretary:
 * they finalize it and set its bonus/penalty.
 */
export interface UnitCoverage {
  allAreas: boolean;
  areas: readonly string[];
  leadAgency: string | null;
}

/** An assignment row as coverage reads it (see `AppraisalAssignment`). */
export interface AssignmentScope {
  userId: string;
  areaCodes: readonly string[];
  unitCodes: readonly string[];
}

/**
 * The coverage of `user` on `unit`, or null when they may not appraise it. Admin: everything. Nobody
 * appraises their own unit. A period with assignments: the union of the user's rows naming the unit (or
 * every unit); a period with none (older data, tests): the user's own areas and lead agency, as before.
 */
export function coverageOf(
  user: UserPrincipal | null,
  unit: { id: string; code: string },
  assignments: readonly AssignmentScope[],
): UnitCoverage | null {
  if (!user) return null;
  if (user.role === 'admin') return { allAreas: true, areas: [], leadAgency: null };
  if (user.role !== 'appraiser' || user.unitId === unit.id) return null;
  if (assignments.length === 0) {
    const allAreas = user.areaCodes.includes('*');
    if (!allAreas && user.areaCodes.length === 0 && !user.unitCode) return null;
    return { allAreas, areas: user.areaCodes, leadAgency: user.unitCode };
  }
  const rows = assignments.filter(
    (row) => row.userId === user.id && (row.unitCodes.length === 0 || row.unitCodes.includes(unit.code)),
  );
  if (rows.length === 0) return null;
  return {
    allAreas: rows.some((row) => row.areaCodes.length === 0),
    areas: rows.flatMap((row) => row.areaCodes),
    leadAgency: null,
  };
}

/** Whether a coverage reaches a leaf. */
export function covers(coverage: UnitCoverage | null, set: CriteriaSet, leaf: LeafNode): boolean {
  if (!coverage) return false;
  if (coverage.allAreas || coverage.areas.includes(areaOf(set, leaf.code))) return true;
  return Boolean(
    coverage.leadAgency && inheritedAgency(set, leaf.code, 'leadAgency') === coverage.leadAgency,
  );
}

/** An appraiser covers a leaf of an area assigned to them (`*`: every area) or led by their agency. */
export function appraiserCovers(user: UserPrincipal, set: CriteriaSet, leaf: LeafNode): boolean {
  return covers(coverageOf(user, { id: '', code: '' }, []), set, leaf);
}

export function isUnitMember(actor: Actor, unitId: string): boolean {
  const principal = actor.principal;
  return principal?.kind === 'user' && UNIT_ROLES.includes(principal.role) && principal.unitId === unitId;
}

/** Who may read a unit's assessment: admin, appraisers (the loader narrows them to their coverage), and that unit's own people. */
export function mayRead(actor: Actor, unitId: string): boolean {
  const principal = actor.principal;
  if (principal?.kind !== 'user') return false;
  return principal.role === 'admin' || principal.role === 'appraiser' || isUnitMember(actor, unitId);
}

/** Finalize and bonus/penalty: whoever covers every area of the unit (its council secretary) or an admin. */
export function assertCoversWholeUnit(context: Pick<AssessmentContext, 'coverage'>): void {
  if (!context.coverage?.allAreas) throw forbidden(DETAIL_TEXTS.WHOLE_UNIT_APPRAISER());
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
  if (!user || !covers(context.coverage, context.set, leaf)) {
    if (user?.role === 'appraiser') {
      throw new DomainError('LEAF_NOT_IN_SCOPE', { detail: DETAIL_TEXTS.LEAF({ leaf: leaf.code }) });
    }
    throw forbidden(DETAIL_TEXTS.APPRAISERS_ONLY());
  }
}
