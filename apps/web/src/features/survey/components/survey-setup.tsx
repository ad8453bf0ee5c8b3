import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { DateInput } from '../../../components/date-input';
import { Field } from '../../../components/field';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useDefineSurvey } from '../api/define-survey';
import type { Survey, SurveyDefinition } from '../api/types';
import { provinceDay } from '../survey-dates';
import { SampleSizeHelper } from './sample-size-helper';

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const WHOLE = /^\d{1,7}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const groupSchema = z.object({
  code: z.string().trim().regex(CODE, 'form.codeInvalid'),
  name: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  quota: z.string().trim().regex(WHOLE, 'form.wholeNumber'),
  unitTypes: z.array(z.string()),
  leafCodes: z.string().max(2000, 'form.tooLong'),
});

const schema = z
  .object({
    opensAt: z.string().regex(DAY, 'form.required'),
    closesAt: z.string().regex(DAY, 'form.required'),
    minResponses: z.string().trim().regex(WHOLE, 'form.wholeNumber'),
    groups: z.array(groupSchema).min(1, 'survey.setup.needGroup'),
  })
  .superRefine((values, context) => {
    if (DAY.test(values.opensAt) && DAY.test(values.closesAt) && values.closesAt < values.opensAt)
      context.addIssue({ code: 'custom', path: ['closesAt'], message: 'survey.setup.windowOrder' });
    const seen = new Set<string>();
    values.groups.forEach((group, index) => {
      const code = group.code.trim().toUpperCase();
      if (code && seen.has(code))
        context.addIssue({
          code: 'custom',
          path: ['groups', index, 'code'],
          message: 'survey.setup.codeTwice',
        });
      seen.add(code);
    });
  });

type Values = z.infer<typeof schema>;
type GroupValues = Values['groups'][number];

const emptyGroup = (): GroupValues => ({ code: '', name: '', quota: '', unitTypes: [], leafCodes: '' });

const valuesOf = (survey: Survey | null): Values => ({
  opensAt: provinceDay(survey?.opensAt),
  closesAt: provinceDay(survey?.closesAt),
  minResponses: String(survey?.minResponses ?? 0),
  groups: survey?.groups.length
    ? survey.groups.map((group) => ({
        code: group.code,
        name: group.name,
        quota: String(group.quota),
        unitTypes: group.unitTypes ?? [],
        leafCodes: (group.leafCodes ?? []).join(', '),
      }))
    : [emptyGroup()],
});

/** Leaf codes as typed ("3.1, 3.2; 3.3") as a list; none = every survey leaf. */
const leafCodesOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);

const definitionOf = (values: Values): SurveyDefinition => ({
  // A date alone: the API takes the start of the first day and the end of the last, province time.
  opensAt: values.opensAt,
  closesAt: values.closesAt,
  minResponses: Number(values.minResponses),
  groups: values.groups.map((group) => {
    const leafCodes = leafCodesOf(group.leafCodes);
    return {
      code: group.code.trim(),
      name: group.name.trim(),
      quota: Number(group.quota),
      ...(group.unitTypes.length ? { unitTypes: group.unitTypes } : {}),
      ...(leafCodes.length ? { leafCodes } : {}),
    };
  }),
});

/**
 * The survey of a period (admin): the window in whole days, the minimum forms per rated unit, and the
 * respondent groups — code, name, quota (with the sample-size helper), the unit types each rates and the
 * survey leaves it answers. Replaced as a whole until the first form arrives (then 409 SURVEY_STARTED).
 */
export function SurveySetup({
  periodId,
  survey,
  unitTypes,
  typeName,
  onSaved,
}: {
  periodId: string;
  survey: Survey | null;
  /** The unit types of the period's criteria sets, to narrow a group to. */
  unitTypes: readonly string[];
  typeName(code: string): string;
  onSaved?(): void;
}) {
  const { t, lang } = useI18n();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: valuesOf(survey) });
  const groups = useFieldArray({ control: form.control, name: 'groups' });
  const [opensAt, closesAt] = useWatch({ control: form.control, name: ['opensAt', 'closesAt'] });
  const define = useDefineSurvey(periodId, {
    onSuccess: (saved) => {
      form.reset(valuesOf(saved));
      onSaved?.();
    },
    onError: (error) =>
      placeProblem(error, form.setError, lang, {
        fields: [
          'opensAt',
          'closesAt',
          'minResponses',
          ...groups.fields.flatMap((_, index) =>
            (['code', 'name', 'quota', 'unitTypes', 'leafCodes'] as const).map(
              (name) => `groups.${index}.${name}` as const,
            ),
          ),
        ],
      }),
  });
  const { errors, isDirty } = form.formState;
  const locked = Boolean(survey?.started);

  return (
    <form
      className="form survey-setup"
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => define.mutate(definitionOf(values)))(event)}
    >
      <h2>{t(survey ? 'survey.setup.title' : 'survey.setup.newTitle')}</h2>
      {!survey && <p className="muted">{t('survey.setup.newExplain')}</p>}
      {locked && <p className="alert alert-info">{t('survey.setup.locked')}</p>}
      <fieldset disabled={locked} className="survey-setup-fields">
        <legend className="visually-hidden">{t('survey.setup.title')}</legend>
        <div className="survey-setup-window">
          <Field label={t('survey.setup.opensAt')} error={errors.opensAt?.message} required>
            {(control) => (
              <DateInput
                {...control}
                value={opensAt}
                onChange={(value) =>
                  form.setValue('opensAt', value, {
                    shouldDirty: true,
                    shouldValidate: form.formState.isSubmitted,
                  })
                }
              />
            )}
          </Field>
          <Field label={t('survey.setup.closesAt')} error={errors.closesAt?.message} required>
            {(control) => (
              <DateInput
                {...control}
                value={closesAt}
                onChange={(value) =>
                  form.setValue('closesAt', value, {
                    shouldDirty: true,
                    shouldValidate: form.formState.isSubmitted,
                  })
                }
              />
            )}
          </Field>
          <Field
            label={t('survey.setup.minResponses')}
            hint={t('survey.setup.minResponsesHint')}
            error={errors.minResponses?.message}
          >
            {(control) => <input {...control} inputMode="numeric" {...form.register('minResponses')} />}
          </Field>
        </div>
        <h3>{t('survey.setup.groups')}</h3>
        {errors.groups?.root?.message && (
          <p className="field-error" role="alert">
            {t('survey.setup.needGroup')}
          </p>
        )}
        {groups.fields.map((field, index) => {
          const groupErrors = errors.groups?.[index];
          const label = t('survey.setup.groupN', { number: index + 1 });
          return (
            <fieldset key={field.id} className="survey-group-editor">
              <legend>{label}</legend>
              <div className="survey-group-row">
                <Field label={t('survey.group.code')} error={groupErrors?.code?.message} required>
                  {(control) => <input {...control} {...form.register(`groups.${index}.code`)} />}
                </Field>
                <Field label={t('survey.group.name')} error={groupErrors?.name?.message} required>
                  {(control) => <input {...control} {...form.register(`groups.${index}.name`)} />}
                </Field>
                <Field
                  label={t('survey.group.quota')}
                  hint={t('survey.group.quotaHint')}
                  error={groupErrors?.quota?.message}
                  required
                >
                  {(control) => (
                    <input {...control} inputMode="numeric" {...form.register(`groups.${index}.quota`)} />
                  )}
                </Field>
              </div>
              <SampleSizeHelper
                groupLabel={label}
                onUse={(size) =>
                  form.setValue(`groups.${index}.quota`, String(size), {
                    shouldDirty: true,
                    shouldValidate: true,
                  })
                }
              />
              {unitTypes.length > 0 && (
                <fieldset className="survey-unit-types">
                  <legend>{t('survey.group.unitTypes')}</legend>
                  <p className="field-hint">{t('survey.group.unitTypesHint')}</p>
                  {unitTypes.map((type) => (
                    <label key={type} className="checkbox">
                      <input type="checkbox" value={type} {...form.register(`groups.${index}.unitTypes`)} />
                      {typeName(type)}
                    </label>
                  ))}
                </fieldset>
              )}
              <Field
                label={t('survey.group.leafCodes')}
                hint={t('survey.group.leafCodesHint')}
                error={groupErrors?.leafCodes?.message}
              >
                {(control) => <input {...control} {...form.register(`groups.${index}.leafCodes`)} />}
              </Field>
              {!locked && groups.fields.length > 1 && (
                <button
                  type="button"
                  className="button-link button-link-danger"
                  onClick={() => groups.remove(index)}
                >
                  {t('survey.setup.removeGroup', { number: index + 1 })}
                </button>
              )}
            </fieldset>
          );
        })}
        {!locked && (
          <button type="button" className="button-secondary" onClick={() => groups.append(emptyGroup())}>
            {t('survey.setup.addGroup')}
          </button>
        )}
      </fieldset>
      <ErrorAlert error={define.error} details />
      {define.isSuccess && !isDirty && (
        <p className="alert alert-success" role="status">
          {t('survey.setup.saved')}
        </p>
      )}
      {!locked && (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={define.isPending}>
            {define.isPending ? t('action.saving') : t(survey ? 'survey.setup.save' : 'survey.setup.create')}
          </button>
        </div>
      )}
    </form>
  );
}
