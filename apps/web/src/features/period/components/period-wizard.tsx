import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useId, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { CODE_PATTERN } from '../../../lib/codes';
import { isMessageKey } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { periodKeys } from '../../../lib/period-queries';
import { createPeriod, type NewPeriod } from '../api';
import { isoOf } from '../dates';
import { DEADLINE_LABELS, DEADLINES } from '../labels';
import { DeadlineFields } from './deadline-fields';

/** A criteria set the wizard may use (the route gives the list). */
export interface SetOption {
  id: string;
  code: string;
  name: string;
  year: number;
  unitType: string;
  status: 'draft' | 'published' | 'archived';
}

/** An evaluated unit the wizard may enrol. */
export interface UnitOption {
  code: string;
  name: string;
  type: string;
  active: boolean;
}

interface PeriodWizardProps {
  sets: readonly SetOption[];
  units: readonly UnitOption[];
  unitTypes: readonly string[];
  typeName(code: string): string;
}

const STEPS: MessageKey[] = [
  'wizard.step.basics',
  'wizard.step.sets',
  'wizard.step.units',
  'wizard.step.deadlines',
  'wizard.step.review',
];

function schemaFor(typeOfUnit: ReadonlyMap<string, string>) {
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
        selfAssessment: z.string(),
        appraisal: z.string(),
        explanation: z.string(),
        finalAppraisal: z.string(),
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

type Values = z.infer<ReturnType<typeof schemaFor>>;

const STEP_FIELDS: FieldPath<Values>[][] = [['year', 'name'], ['sets'], ['units'], ['deadlines'], []];

/** The API body: one entry per set with the unit types it scores, deadlines only where given. */
export function periodBody(values: Values): NewPeriod {
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

/**
 * Opens a period in five steps: year and name; the criteria set of each unit type (one set may serve
 * several, e.g. communes and wards); the participating units with their ranking group (picked by type,
 * group defaulting by type); deadlines; review → create. Each step is checked before the next.
 */
export function PeriodWizard({ sets, units, unitTypes, typeName }: PeriodWizardProps) {
  const { t, compare, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const addSetId = useId();
  const [step, setStep] = useState(0);
  const [adding, setAdding] = useState('');
  const [groupOfType, setGroupOfType] = useState<Record<string, string>>({});
  const typeOfUnit = useMemo(() => new Map(units.map((unit) => [unit.code, unit.type])), [units]);
  const schema = useMemo(() => schemaFor(typeOfUnit), [typeOfUnit]);
  const year = new Date().getFullYear();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      year,
      name: t('wizard.defaultName', { year }),
      sets: [],
      units: [],
      deadlines: { selfAssessment: '', appraisal: '', explanation: '', finalAppraisal: '' },
    },
  });
  const chosenSets = useFieldArray({ control: form.control, name: 'sets' });
  // Every step reads the whole draft (covered types, chosen units): re-render on any change.
  useWatch({ control: form.control });
  const values = form.getValues();
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (body: NewPeriod) => createPeriod(body),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: periodKeys.lists() });
      await navigate(`/periods/${id}`);
    },
  });

  const setById = new Map(sets.map((set) => [set.id, set]));
  const usable = sets.filter(
    (set) => set.status !== 'archived' && !values.sets.some((s) => s.criteriaSetId === set.id),
  );
  const coveredTypes = values.sets.flatMap((set) => set.unitTypes);
  const candidates = units
    .filter((unit) => unit.active && coveredTypes.includes(unit.type))
    .sort((a, b) => compare(a.name, b.name));
  const selected = new Map(values.units.map((unit, index) => [unit.code, index]));
  const defaultGroup = (type: string) => groupOfType[type] ?? type;
  const message = (text?: string) => (text ? (isMessageKey(text) ? t(text) : text) : undefined);

  const setUnits = (next: Values['units']) =>
    form.setValue('units', next, { shouldValidate: form.formState.isSubmitted });
  const toggleUnit = (unit: UnitOption, on: boolean) =>
    setUnits(
      on
        ? [...values.units, { code: unit.code, group: defaultGroup(unit.type) }]
        : values.units.filter((u) => u.code !== unit.code),
    );
  const toggleType = (type: string, on: boolean) => {
    const ofType = candidates.filter((unit) => unit.type === type);
    const others = values.units.filter((u) => typeOfUnit.get(u.code) !== type);
    setUnits(
      on ? [...others, ...ofType.map((unit) => ({ code: unit.code, group: defaultGroup(type) }))] : others,
    );
  };
  const renameGroup = (type: string, group: string) => {
    const previous = defaultGroup(type);
    setGroupOfType({ ...groupOfType, [type]: group });
    setUnits(
      values.units.map((u) =>
        typeOfUnit.get(u.code) === type && u.group === previous ? { ...u, group } : u,
      ),
    );
  };
  const toggleSetType = (index: number, type: string, on: boolean) => {
    const current = values.sets[index].unitTypes;
    form.setValue(`sets.${index}.unitTypes`, on ? [...current, type] : current.filter((x) => x !== type), {
      shouldValidate: form.formState.isSubmitted,
    });
    if (!on) setUnits(values.units.filter((u) => typeOfUnit.get(u.code) !== type));
  };

  const next = async () => {
    if (await form.trigger(STEP_FIELDS[step])) setStep(step + 1);
  };
  const submit = form.handleSubmit((valid) => create.mutate(periodBody(valid)));
  const setsError = message(errors.sets?.message ?? errors.sets?.root?.message);
  const unitsError = message(errors.units?.message ?? errors.units?.root?.message);

  const stepContent = () => {
    switch (step) {
      case 0:
        return (
          <>
            <Field label={t('period.year')} error={errors.year?.message} required>
              {(control) => (
                <input {...control} type="number" {...form.register('year', { valueAsNumber: true })} />
              )}
            </Field>
            <Field label={t('period.name')} error={errors.name?.message} required>
              {(control) => <input {...control} {...form.register('name')} />}
            </Field>
          </>
        );
      case 1:
        return (
          <>
            <p className="field-hint">{t('wizard.setsHint')}</p>
            {chosenSets.fields.map((field, index) => {
              const set = setById.get(field.criteriaSetId);
              const typesError = message(errors.sets?.[index]?.unitTypes?.message);
              return (
                <fieldset key={field.id} className="wizard-set">
                  <legend>
                    <code>{set?.code}</code> {set?.name}
                  </legend>
                  <p className="muted">
                    {set && t('wizard.setFacts', { year: set.year, type: typeName(set.unitType) })}
                    {set && set.year !== values.year && (
                      <span className="pill pill-warn">{t('wizard.otherYear', { year: set.year })}</span>
                    )}
                    {set?.status === 'draft' && (
                      <span className="pill pill-warn">{t('wizard.draftSet')}</span>
                    )}
                  </p>
                  <p>{t('wizard.servesTypes')}</p>
                  <div className="checkbox-grid">
                    {unitTypes.map((type) => (
                      <label key={type} className="checkbox">
                        <input
                          type="checkbox"
                          checked={values.sets[index]?.unitTypes.includes(type) ?? false}
                          onChange={(event) => toggleSetType(index, type, event.target.checked)}
                        />
                        {typeName(type)}
                      </label>
                    ))}
                  </div>
                  {typesError && <p className="field-error">{typesError}</p>}
                  <button
                    type="button"
                    className="button-link button-link-danger"
                    onClick={() => {
                      const removed = values.sets[index]?.unitTypes ?? [];
                      chosenSets.remove(index);
                      setUnits(values.units.filter((u) => !removed.includes(typeOfUnit.get(u.code) ?? '')));
                    }}
                  >
                    {t('wizard.removeSet', { code: set?.code ?? '' })}
                  </button>
                </fieldset>
              );
            })}
            <div className="input-with-button">
              <label className="filter" htmlFor={addSetId}>
                {t('wizard.addSet')}
                <select id={addSetId} value={adding} onChange={(event) => setAdding(event.target.value)}>
                  <option value="">{t('form.choose')}</option>
                  {usable.map((set) => (
                    <option key={set.id} value={set.id}>
                      {`${set.code} — ${set.name} (${set.year})`}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button-secondary"
                disabled={!adding}
                onClick={() => {
                  const set = setById.get(adding);
                  if (!set) return;
                  const taken = new Set(coveredTypes);
                  chosenSets.append({
                    criteriaSetId: set.id,
                    unitTypes: taken.has(set.unitType) ? [] : [set.unitType],
                  });
                  setAdding('');
                }}
              >
                {t('wizard.add')}
              </button>
            </div>
            {setsError && (
              <p className="field-error" role="alert">
                {setsError}
              </p>
            )}
          </>
        );
      case 2:
        return (
          <>
            <p className="field-hint">{t('wizard.unitsHint')}</p>
            {unitsError && (
              <p className="field-error" role="alert">
                {unitsError}
              </p>
            )}
            {[...new Set(coveredTypes)].map((type) => {
              const ofType = candidates.filter((unit) => unit.type === type);
              const chosen = ofType.filter((unit) => selected.has(unit.code)).length;
              return (
                <fieldset key={type} className="wizard-units">
                  <legend>
                    {typeName(type)} ({t('wizard.chosenOf', { chosen, total: ofType.length })})
                  </legend>
                  <div className="toolbar">
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={ofType.length > 0 && chosen === ofType.length}
                        disabled={ofType.length === 0}
                        onChange={(event) => toggleType(type, event.target.checked)}
                      />
                      {t('wizard.allOfType', { type: typeName(type) })}
                    </label>
                    <label className="filter">
                      {t('wizard.defaultGroup', { type: typeName(type) })}
                      <input
                        value={defaultGroup(type)}
                        onChange={(event) => renameGroup(type, event.target.value)}
                      />
                    </label>
                  </div>
                  {ofType.length === 0 ? (
                    <p className="muted">{t('wizard.noUnits')}</p>
                  ) : (
                    <table className="data-table">
                      <caption className="visually-hidden">{typeName(type)}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('wizard.take')}</th>
                          <th scope="col">{t('units.code')}</th>
                          <th scope="col">{t('units.name')}</th>
                          <th scope="col">{t('period.group')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {ofType.map((unit) => {
                          const index = selected.get(unit.code);
                          const groupError =
                            index === undefined ? undefined : message(errors.units?.[index]?.group?.message);
                          return (
                            <tr key={unit.code}>
                              <td>
                                <input
                                  type="checkbox"
                                  aria-label={`${t('wizard.take')} ${unit.name}`}
                                  checked={index !== undefined}
                                  onChange={(event) => toggleUnit(unit, event.target.checked)}
                                />
                              </td>
                              <td>
                                <code>{unit.code}</code>
                              </td>
                              <td>{unit.name}</td>
                              <td>
                                {index !== undefined && (
                                  <>
                                    <input
                                      aria-label={`${t('period.group')} ${unit.name}`}
                                      aria-invalid={Boolean(groupError)}
                                      {...form.register(`units.${index}.group`)}
                                    />
                                    {groupError && <span className="field-error block">{groupError}</span>}
                                  </>
                                )}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  )}
                </fieldset>
              );
            })}
          </>
        );
      case 3:
        return (
          <>
            <p className="field-hint">{t('wizard.deadlinesHint')}</p>
            <DeadlineFields
              field={(name) => form.register(`deadlines.${name}`)}
              error={(name) => errors.deadlines?.[name]?.message}
            />
          </>
        );
      default: {
        const groups = new Map<string, number>();
        for (const unit of values.units) groups.set(unit.group, (groups.get(unit.group) ?? 0) + 1);
        return (
          <dl className="facts">
            <dt>{t('period.year')}</dt>
            <dd>{values.year}</dd>
            <dt>{t('period.name')}</dt>
            <dd>{values.name}</dd>
            <dt>{t('period.sets')}</dt>
            <dd>
              <ul className="plain-list">
                {values.sets.map((set) => (
                  <li key={set.criteriaSetId}>
                    <code>{setById.get(set.criteriaSetId)?.code}</code> →{' '}
                    {set.unitTypes.map(typeName).join(', ')}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('period.units')}</dt>
            <dd>
              {t('wizard.unitCount', { count: values.units.length })}
              <ul className="plain-list">
                {[...groups].map(([group, count]) => (
                  <li key={group}>{t('wizard.groupCount', { group, count })}</li>
                ))}
              </ul>
            </dd>
            {DEADLINES.map((name) => (
              <Fragment key={name}>
                <dt>{t(DEADLINE_LABELS[name])}</dt>
                <dd>{values.deadlines[name] ? formatDateTime(new Date(values.deadlines[name])) : '—'}</dd>
              </Fragment>
            ))}
          </dl>
        );
      }
    }
  };

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/periods">{t('periods.title')}</Link>
      </p>
      <h1>{t('wizard.title')}</h1>
      <ol className="wizard-steps">
        {STEPS.map((label, index) => (
          <li
            key={label}
            aria-current={index === step ? 'step' : undefined}
            className={index < step ? 'done' : index === step ? 'current' : undefined}
          >
            {t(label)}
          </li>
        ))}
      </ol>
      <form
        className="form wizard"
        noValidate
        aria-label={t(STEPS[step])}
        onSubmit={(event) => {
          if (step < STEPS.length - 1) {
            event.preventDefault();
            void next();
          } else void submit(event);
        }}
      >
        <h2>{t(STEPS[step])}</h2>
        {stepContent()}
        {step === STEPS.length - 1 && <ErrorAlert error={create.error} details />}
        <div className="form-actions">
          {step > 0 && (
            <button type="button" className="button-secondary" onClick={() => setStep(step - 1)}>
              {t('wizard.back')}
            </button>
          )}
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {step < STEPS.length - 1
              ? t('wizard.next')
              : create.isPending
                ? t('action.working')
                : t('wizard.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
