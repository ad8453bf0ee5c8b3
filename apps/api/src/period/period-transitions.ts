import type { FieldProblem, FieldProblemParams, PeriodMoveProblemCode } from '@par/contracts';
import { fieldProblem } from '../common/errors/field-problem';
import type { AssessmentStatus } from '../self-assessment/assessment.entity';
import type { PeriodState } from './period.entity';

/** The forward path of a period; `POST /periods/{id}/state` moves one step, compute and publish the last two. */
export const NEXT_STATE: Record<PeriodState, PeriodState | null> = {
  setup: 'self_assessment',
  self_assessment: 'appraisal',
  appraisal: 'explanation',
  explanation: 'final_appraisal',
  final_appraisal: 'computed',
  computed: 'published',
  published: null,
};

/** What the state route may do; `computed` and `published` are reached through compute and publish. */
export const STATE_ROUTE_TARGETS: readonly PeriodState[] = [
  'self_assessment',
  'appraisal',
  'explanation',
  'final_appraisal',
];

/** What entering a state does besides changing it, inside the move's transaction. */
export type OnEnterEffect =
  /** Freeze the period's criteria sets: scoring rules cannot change under units' feet. */
  | { kind: 'publish_criteria_sets' }
  /** Every assessment of the period in `from` goes to `to`, `stamp` set to the move's time. */
  | {
      kind: 'move_assessments';
      from: AssessmentStatus;
      to: AssessmentStatus;
      stamp: 'submittedAt' | 'returnedAt' | 'explainedAt';
    };

/**
 * The effects of entering each state by the state route, as data beside `NEXT_STATE` (vendure's
 * `onTransitionEnd`, as a table). `computed` and `published` have none here: compute and publish do their own.
 */
export const ON_ENTER: Record<PeriodState, readonly OnEnterEffect[]> = {
  setup: [],
  self_assessment: [{ kind: 'publish_criteria_sets' }],
  // Drafts left at the deadline are locked as they are.
  appraisal: [{ kind: 'move_assessments', from: 'draft', to: 'submitted', stamp: 'submittedAt' }],
  // Round-1 results go back to the units.
  explanation: [{ kind: 'move_assessments', from: 'submitted', to: 'returned', stamp: 'returnedAt' }],
  final_appraisal: [{ kind: 'move_assessments', from: 'returned', to: 'explained', stamp: 'explainedAt' }],
  computed: [],
  published: [],
};

/** Facts about a period that the preconditions read (gathered in one place by the service). */
export interface TransitionFacts {
  unitCount: number;
  /** Criteria sets that do not validate, by code. */
  invalidSets: string[];
  /** Units whose assessment is still a draft. */
  draftUnits: string[];
  selfAssessmentDeadlinePassed: boolean;
  /** Units with submitted assessments where some assessment-source leaf has no round-1 decision. */
  unitsAwaitingRound1: string[];
  /**
   * Units still in the explanation window (returned, not yet explained) that have something to explain: a
   * leaf round 1 adjusted. A unit whose every leaf round 1 accepted as self-assessed has nothing to answer,
   * so it never holds up round 2.
   */
  unitsExplaining: string[];
  explanationDeadlinePassed: boolean;
}

/** One participating unit as the preconditions see it (read by `PeriodFactRepository`). */
export interface UnitFact {
  code: string;
  /** Its assessment's status. */
  status: string;
  /** Its own deadline extensions (null: the period's). */
  selfAssessmentDue: Date | null;
  explanationDue: Date | null;
  /** Some assessment-source leaf of its set has no round-1 decision yet. */
  awaitingRound1: boolean;
  /** Round 1 adjusted some leaf (points differ from the self-assessed ones): the unit has something to explain. */
  hasAdjustments: boolean;
}

/** The facts of a period from its units (ordered by code), its invalid sets and the time of the move. */
export function transitionFacts(
  period: { selfAssessmentDue: Date | null; explanationDue: Date | null },
  units: readonly UnitFact[],
  invalidSets: string[],
  now: Date,
): TransitionFacts {
  const passed = (own: Date | null, general: Date | null) => {
    const due = own ?? general;
    return due !== null && due.getTime() < now.getTime();
  };
  const drafts = units.filter((unit) => unit.status === 'draft');
  const explaining = units.filter((unit) => unit.status === 'returned' && unit.hasAdjustments);
  return {
    unitCount: units.length,
    invalidSets,
    draftUnits: drafts.map((unit) => unit.code),
    selfAssessmentDeadlinePassed: drafts.every((unit) =>
      passed(unit.selfAssessmentDue, period.selfAssessmentDue),
    ),
    unitsAwaitingRound1: units
      .filter((unit) => unit.status === 'submitted' && unit.awaitingRound1)
      .map((unit) => unit.code),
    unitsExplaining: explaining.map((unit) => unit.code),
    explanationDeadlinePassed: explaining.every((unit) => passed(unit.explanationDue, period.explanationDue)),
  };
}

/**
 * An unmet precondition: one of the codes the SPA keeps a remedy for (`PERIOD_MOVE_PROBLEM_CODES`). The units
 * it names are also given as a list (`units`), so a client can name and link them instead of parsing the text.
 */
function precondition<C extends PeriodMoveProblemCode>(code: C, params: FieldProblemParams<C>): FieldProblem {
  const problem = fieldProblem(code, params);
  const units = (params as { units?: readonly string[] }).units;
  return units ? { ...problem, units: [...units] } : problem;
}

/** Every unmet precondition of moving `from` → `to` (empty: the move is allowed). */
export function unmetPreconditions(
  from: PeriodState,
  to: PeriodState,
  facts: TransitionFacts,
): FieldProblem[] {
  if (NEXT_STATE[from] !== to) {
    return [precondition('NOT_NEXT_STATE', { from, next: NEXT_STATE[from] })];
  }
  const unmet: FieldProblem[] = [];
  switch (to) {
    case 'self_assessment':
      if (facts.unitCount === 0) unmet.push(precondition('NO_UNITS', {}));
      if (facts.invalidSets.length) {
        unmet.push(precondition('CRITERIA_SET_INVALID', { sets: facts.invalidSets }));
      }
      break;
    case 'appraisal':
      if (facts.draftUnits.length && !facts.selfAssessmentDeadlinePassed) {
        unmet.push(precondition('UNITS_NOT_SUBMITTED', { units: facts.draftUnits }));
      }
      break;
    case 'explanation':
      if (facts.unitsAwaitingRound1.length) {
        unmet.push(precondition('ROUND1_INCOMPLETE', { units: facts.unitsAwaitingRound1 }));
      }
      break;
    case 'final_appraisal':
      if (facts.unitsExplaining.length && !facts.explanationDeadlinePassed) {
        unmet.push(precondition('EXPLANATION_WINDOW_OPEN', { units: facts.unitsExplaining }));
      }
      break;
    default:
      break;
  }
  return unmet;
}
