/** Which criteria set scores which unit of a period, and which units may join it: pure rules. */
import type { FieldProblem } from '@par/contracts';
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
    if (!set)
      problems.push({
        field: `criteriaSets.${i}`,
        code: 'NOT_FOUND',
        message: 'Không có bộ tiêu chí này',
        messageEn: 'No such criteria set',
      });
    else if (set.status === 'archived') {
      problems.push({
        field: `criteriaSets.${i}`,
        code: 'ARCHIVED',
        message: `${set.code} đã lưu trữ`,
        messageEn: `${set.code} is archived`,
      });
    }
  }
  const types = choices.flatMap((choice) => unitTypesOf(choice, sets));
  if (choices.length > 1 && new Set(types).size !== types.length) {
    problems.push({
      field: 'criteriaSets',
      code: 'DUPLICATE_UNIT_TYPE',
      message: 'Mỗi loại đơn vị chỉ một bộ tiêu chí',
      messageEn: 'One set per unit type',
    });
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
      problems.push({
        field,
        code: 'DUPLICATE_UNIT',
        message: `${input.code} lặp lại`,
        messageEn: `${input.code} is listed twice`,
      });
      continue;
    }
    seen.add(input.code);
    if (!unit || !unit.active) {
      problems.push({
        field,
        code: 'UNIT_NOT_FOUND',
        message: `Không có đơn vị ${input.code} (hoặc đã ngừng)`,
        messageEn: `No active unit ${input.code}`,
      });
      continue;
    }
    const set = routing ? sets.find((candidate) => candidate.id === routing.get(unit.typeCode)) : sets[0];
    if (!set) {
      problems.push({
        field,
        code: 'NO_SET_FOR_UNIT_TYPE',
        message: `Không có bộ tiêu chí cho loại đơn vị ${unit.typeCode} (${input.code})`,
        messageEn: `No criteria set for unit type ${unit.typeCode} (${input.code})`,
      });
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
        {
          field: 'units',
          code: 'GROUP_SPANS_SETS',
          message: `Nhóm xếp hạng "${assignment.group}" gồm đơn vị chấm theo các bộ tiêu chí khác nhau (${assignment.unit.code})`,
          messageEn: `Ranking group "${assignment.group}" mixes units scored on different sets (${assignment.unit.code})`,
        },
      ];
    }
  }
  return [];
}
