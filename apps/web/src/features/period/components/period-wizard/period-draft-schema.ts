import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { CODE_PATTERN } from '../../../../lib/codes';
import type { MessageKey } from '../../../../lib/messages';
import type { NewPeriod } from '../../api/types';
import { deadlineText, isoOf } from '../../dates';
import { DEADLINES } from '../../labels';

/**
 * The rules of a period draft, as the API checks them too: year and name; at least one set, each serving at
 * least one unit type and no type twice; at least one unit, each with a ranking group that stays on one set;
 * deadlines (each optional) in the period's order.
 */
export function periodDraftSchema(typeOfUnit: ReadonlyMap<string, string>) {
  return z
    .object({
      year: z
        .number({ message: 'set.yearInvalid' })
        .int('set.yearInvalid')
        .min(2000, 'set.yearInvalid')
        .max(2100, 'set.yearInvalid'),
      name: z.string().trim().min(1, 'form.required').max(300, 'form.tooLong'),
      sets: z
        .array(
          z.object({
            criteriaSetId: z.string().min(1),
            unitTypes: z.array(z.string()).min(1, 'wizard.typesRequired'),
          }),
        )
        .min(1, 'wizard.setsRequired'),
      units: z
        .array(
          z.object({ code: z.string(), group: z.string().trim().regex(CODE_PATTERN, 'wizard.groupInvalid') }),
        )
        .min(1, 'wizard.unitsRequired'),
      deadlines: z.object({
        selfAssessment: deadlineText,
        appraisal: deadlineText,
        explanation: deadlineText,
        finalAppraisal: deadlineText,
      }),
    })
    .superRefine((values, context) => {
      const types = values.sets.flatMap((set) => set.unitTypes);
      if (new Set(types).size !== types.length)
        context.addIssue({ code: 'custom', path: ['sets'], message: 'wizard.typeTwice' });
      // A ranking group compares indices on one yardstick: its units must all be scored on one set.
      const setOfType = new Map(
        values.sets.flatMap((set) => set.unitTypes.map((type) => [type, set.criteriaSetId])),
      );
      const setOfGroup = new Map<string, string | undefined>();
      for (const unit of values.units) {
        const set = setOfType.get(typeOfUnit.get(unit.code) ?? '');
        if (setOfGroup.has(unit.group) && setOfGroup.get(unit.group) !== set) {
          context.addIssue({ code: 'custom', path: ['units'], message: 'wizard.groupSpansSets' });
          break;
        }
        setOfGroup.set(unit.group, set);
      }
      let previous: string | null = null;
      for (const name of DEADLINES) {
        const value = values.deadlines[name];
        if (!value) continue;
        if (previous && value < previous)
          context.addIssue({ code: 'custom', path: ['deadlines', name], message: 'wizard.deadlineOrder' });
        previous = value;
      }
    });
}

/** The wizard's form values: deadlines as `datetime-local` text, empty when not given. */
export type PeriodDraft = z.infer<ReturnType<typeof periodDraftSchema>>;

/** A new draft: this year, its default name, nothing chosen. */
/**
 * The year a new period is proposed for: the first year after the latest period's that has none (so never
 * a year that already has one); this year when there is no period yet.
 */
export function nextFreeYear(taken: readonly number[], now = new Date()): number {
  if (taken.length === 0) return now.getFullYear();
  return Math.max(...taken) + 1;
}

export const emptyDraft = (year: number, name: string): PeriodDraft => ({
  year,
  name,
  sets: [],
  units: [],
  deadlines: { selfAssessment: '', appraisal: '', explanation: '', finalAppraisal: '' },
});

/** The five steps in order, each with the fields checked before the next one opens. */
export const WIZARD_STEPS: ReadonlyArray<{ label: MessageKey; fields: FieldPath<PeriodDraft>[] }> = [
  { label: 'wizard.step.basics', fields: ['year', 'name'] },
  { label: 'wizard.step.sets', fields: ['sets'] },
  { label: 'wizard.step.units', fields: ['units'] },
  { label: 'wizard.step.deadlines', fields: ['deadlines'] },
  { label: 'wizard.step.review', fields: [] },
];

/** The API body: one entry per set with the unit types it scores, deadlines only where given. */
export function periodBody(values: PeriodDraft): NewPeriod {
  const deadlines = Object.fromEntries(
    DEADLINES.filter((name) => values.deadlines[name]).map((name) => [name, isoOf(values.deadlines[name])]),
  );
  return {
    year: values.year,
    name: values.name.trim(),
    criteriaSets: values.sets.map((set) => ({ criteriaSetId: set.criteriaSetId, unitTypes: set.unitTypes })),
    units: values.units.map((unit) => ({ code: unit.code, group: unit.group.trim() })),
    ...(Object.keys(deadlines).length ? { deadlines } : {}),
  };
}
