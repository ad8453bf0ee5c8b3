/** Which criteria set scores which unit of a period, and which units may join it: pure rules. */
import type { FieldProblem } from '@par/contracts';
import { fieldProblem } from '../common/errors/field-problem';
import type { CriteriaSetRow } from '../criteria/criteria-set.entity';
import type { Unit } from '../organization/unit.entity';

/** A unit as the rules read it. */
export type AssignableUnit = Pick<Unit, 'id' | 'code' | 'active' | 'typeCode'>;

/** A participating unit: its ranking group and the set it is scored on. */
export interface Assignment {
  unit: AssignableUnit;
  group: string;
  setId: string;
}

/** A set chosen for a period: the unit types it scores (default: its own). */
export interface SetChoice {
  criteriaSetId: string;
  unitTypes?: string[];
}

type ChosenSet = Pick<CriteriaSetRow, 'id' | 'code' | 'status' | 'unitType'>;

/** The unit types a chosen set scores: those given, else the set's own type (none if the set is unknown). */
export function unitTypesOf(choice: SetChoice, sets: readonly ChosenSet[]): string[] {
  return choice.unitTypes ?? sets.filter((set) => set.id === choice.criteriaSetId).map((set) => set.unitType);
}

/** Unknown or archived sets, and a unit type two sets would score. */
export function setChoiceProblems(choices: readonly SetChoice[], sets: readonly ChosenSet[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [i, choice] of choices.entries()) {
    const set = sets.find((candidate) => candidate.id === choice.criteriaSetId);
    if (!set) problems.push(fieldProblem('NOT_FOUND', {}, `criteriaSets.${i}`));
    else if (set.status === 'archived') {
      problems.push(fieldProblem('ARCHIVED', { set: set.code }, `criteriaSets.${i}`));
    }
  }
  const types = choices.flatMap((choice) => unitTypesOf(choice, sets));
  if (choices.length > 1 && new Set(types).size !== types.length) {
    problems.push(fieldProblem('DUPLICATE_UNIT_TYPE', {}, 'criteriaSets'));
  }
  return problems;
}

/** Unit type → set id when a period has several sets; null when its one set scores every unit. */
export function setRouting(
  links: readonly { criteriaSetId: string; unitTypes: readonly string[] }[],
): ReadonlyMap<string, string> | null {
  return links.length === 1
    ? null
    : new Map(links.flatMap((link) => link.unitTypes.map((type) => [type, link.criteriaSetId] as const)));
}

/** Each requested unit (found, active, not repeated) with the set of its type — or the only set when there is one. */
export function assignUnits(
  inputs: readonly { code: string; group: string }[],
  units: readonly AssignableUnit[],
  sets: readonly Pick<CriteriaSetRow, 'id'>[],
  routing: ReadonlyMap<string, string> | null,
): { assigned: Assignment[]; problems: FieldProblem[] } {
  const seen = new Set<string>();
  const assigned: Assignment[] = [];
  const problems: FieldProblem[] = [];
  for (const [i, input] of inputs.entries()) {
    const unit = units.find((candidate) => candidate.code === input.code);
    const field = `units.${i}.code`;
    if (seen.has(input.code)) {
      problems.push(fieldProblem('DUPLICATE_UNIT', { unit: input.code }, field));
      continue;
    }
    seen.add(input.code);
    if (!unit || !unit.active) {
      problems.push(fieldProblem('UNIT_NOT_FOUND', { unit: input.code, active: true }, field));
      continue;
    }
    const set = routing ? sets.find((candidate) => candidate.id === routing.get(unit.typeCode)) : sets[0];
    if (!set) {
      problems.push(
        fieldProblem('NO_SET_FOR_UNIT_TYPE', { unitType: unit.typeCode, unit: input.code }, field),
      );
      continue;
    }
    assigned.push({ unit, group: input.group, setId: set.id });
  }
  return { assigned, problems };
}

/**
 * Ranks are computed inside a group, on one set: a group whose units are scored on different sets would
 * compare indices of different yardsticks, so it is refused (the first such group, naming the unit found in it).
 */
export function groupsSpanningSets(
  assigned: readonly { group: string; setId: string; unit: Pick<Unit, 'code'> }[],
): FieldProblem[] {
  const setOfGroup = new Map<string, string>();
  for (const assignment of assigned) {
    const seen = setOfGroup.get(assignment.group);
    if (seen === undefined) setOfGroup.set(assignment.group, assignment.setId);
    else if (seen !== assignment.setId) {
      return [
        fieldProblem('GROUP_SPANS_SETS', { group: assignment.group, unit: assignment.unit.code }, 'units'),
      ];
    }
  }
  return [];
}
