import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useI18n } from '../../../../lib/i18n';
import type { SetOption, UnitOption } from '../../options';
import {
  emptyDraft,
  nextFreeYear,
  periodDraftSchema,
  WIZARD_STEPS,
  type PeriodDraft,
} from './period-draft-schema';

/**
 * A period being drafted in the wizard: the form and what the steps do to it. A set serves unit types (a
 * type removed from a set, or a set removed, drops that type's units); units are picked one by one or a
 * whole type at once, each joining its type's default ranking group (the type's code until renamed;
 * renaming it moves the units still in the old default). It proposes the next free year after the years
 * that have a period (`takenYears`), named after it; the name follows the year until the user writes one.
 */
export function usePeriodDraft({
  sets,
  units,
  takenYears = [],
}: {
  sets: readonly SetOption[];
  units: readonly UnitOption[];
  /** The years that have a period already. */
  takenYears?: readonly number[];
}) {
  const { t, compare } = useI18n();
  const [groupOfType, setGroupOfType] = useState<Record<string, string>>({});
  const typeOfUnit = useMemo(() => new Map(units.map((unit) => [unit.code, unit.type])), [units]);
  const schema = useMemo(() => periodDraftSchema(typeOfUnit), [typeOfUnit]);
  const [initial] = useState(() => {
    const year = nextFreeYear(takenYears);
    return emptyDraft(year, t('wizard.defaultName', { year }));
  });
  const form = useForm<PeriodDraft>({ resolver: zodResolver(schema), defaultValues: initial });
  // The name the wizard wrote last: while the field still shows it (or nothing), it follows the year.
  const proposedName = useRef(initial.name);
  const chosenSets = useFieldArray({ control: form.control, name: 'sets' });
  // Every step reads the whole draft (covered types, chosen units): re-render on any change.
  useWatch({ control: form.control });
  const values = form.getValues();

  const setById = new Map(sets.map((set) => [set.id, set]));
  const coveredTypes = values.sets.flatMap((set) => set.unitTypes);
  const defaultGroup = (type: string) => groupOfType[type] ?? type;

  const setUnits = (next: PeriodDraft['units']) =>
    form.setValue('units', next, { shouldValidate: form.formState.isSubmitted });
  const withoutTypes = (types: readonly string[]) =>
    values.units.filter((u) => !types.includes(typeOfUnit.get(u.code) ?? ''));
  /** Active units of the types the chosen sets serve, in Vietnamese order. */
  const candidates = units
    .filter((unit) => unit.active && coveredTypes.includes(unit.type))
    .sort((a, b) => compare(a.name, b.name));

  return {
    form,
    values,
    /** The chosen sets as the form's field array (stable keys for the list). */
    chosenSets: chosenSets.fields,
    setById,
    /** Sets that can still be added: not archived, not chosen yet. */
    usable: sets.filter(
      (set) => set.status !== 'archived' && !values.sets.some((s) => s.criteriaSetId === set.id),
    ),
    coveredTypes,
    candidates,
    /** Chosen units: code → index in `values.units`. */
    selected: new Map(values.units.map((unit, index) => [unit.code, index])),
    defaultGroup,

    /** Adds a set, serving its own unit type unless another chosen set serves that already. */
    addSet(id: string) {
      const set = setById.get(id);
      if (!set) return;
      chosenSets.append({
        criteriaSetId: set.id,
        unitTypes: coveredTypes.includes(set.unitType) ? [] : [set.unitType],
      });
    },
    removeSet(index: number) {
      const removed = values.sets[index]?.unitTypes ?? [];
      chosenSets.remove(index);
      setUnits(withoutTypes(removed));
    },
    toggleSetType(index: number, type: string, on: boolean) {
      const current = values.sets[index].unitTypes;
      form.setValue(`sets.${index}.unitTypes`, on ? [...current, type] : current.filter((x) => x !== type), {
        shouldValidate: form.formState.isSubmitted,
      });
      if (!on) setUnits(withoutTypes([type]));
    },
    toggleUnit(unit: UnitOption, on: boolean) {
      setUnits(
        on
          ? [...values.units, { code: unit.code, group: defaultGroup(unit.type) }]
          : values.units.filter((u) => u.code !== unit.code),
      );
    },
    toggleType(type: string, on: boolean) {
      const ofType = candidates.filter((unit) => unit.type === type);
      const others = withoutTypes([type]);
      setUnits(
        on ? [...others, ...ofType.map((unit) => ({ code: unit.code, group: defaultGroup(type) }))] : others,
      );
    },
    renameGroup(type: string, group: string) {
      const previous = defaultGroup(type);
      setGroupOfType({ ...groupOfType, [type]: group });
      setUnits(
        values.units.map((u) =>
          typeOfUnit.get(u.code) === type && u.group === previous ? { ...u, group } : u,
        ),
      );
    },
    /** After the year changed: the proposed name follows it, a name the user wrote stays. */
    followYear() {
      const year = form.getValues('year');
      const name = form.getValues('name');
      if (!Number.isInteger(year) || (name !== '' && name !== proposedName.current)) return;
      proposedName.current = t('wizard.defaultName', { year });
      form.setValue('name', proposedName.current, { shouldValidate: form.formState.isSubmitted });
    },
    /** Validates one step's fields; true when the next step may open. */
    checkStep: (step: number) => form.trigger(WIZARD_STEPS[step].fields),
  };
}

export type PeriodDraftState = ReturnType<typeof usePeriodDraft>;
