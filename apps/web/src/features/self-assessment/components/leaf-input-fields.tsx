import type { RuleKind } from '@par/scoring';
import { useId, type Ref } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { Field } from '../../../components/field';
import { fieldProblemMessage } from '../../../lib/api-error';
import { isMessageKey } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import type { LeafScorePreview } from '../../../lib/score-preview';
import type { InputMode, LeafInputValues } from '../leaf-input';
import { LivePoints } from './live-points';

interface LeafInputFieldsProps {
  kind: RuleKind;
  value: LeafInputValues;
  onChange(value: LeafInputValues): void;
  /** An appraiser may score any rule by points directly. */
  allowPoints?: boolean;
  /** The points the figures give, or why they do not fit the rule (@par/scoring); null while it loads. */
  preview: LeafScorePreview | null;
  maxPoints: number;
  /** The points shown are not saved yet. */
  unsaved?: boolean;
  /** A problem the form or the server found (a message key or a message). */
  error?: string;
  disabled?: boolean;
  /** The first control, for focusing (react-hook-form, the "e" shortcut). */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The figures a leaf's rule scores — yes/no, a value or numerator/denominator, a count, or points; or not
 * applicable — beside the points they give, computed live as the server will.
 */
export function LeafInputFields({
  kind,
  value,
  onChange,
  allowPoints,
  preview,
  maxPoints,
  unsaved,
  error: problem,
  disabled,
  inputRef,
}: LeafInputFieldsProps) {
  const { t, lang } = useI18n();
  const name = useId();
  const set = (changes: Partial<LeafInputValues>) => onChange({ ...value, ...changes });
  const off = disabled || value.notApplicable;
  const byPoints = kind === 'manual' || value.mode === 'points';
  const problems = [
    ...(preview && !preview.ok ? preview.issues.map((issue) => fieldProblemMessage(issue, lang)) : []),
    ...(problem ? [isMessageKey(problem) ? t(problem) : problem] : []),
  ];
  const error = problems.length ? problems.join(' ') : undefined;
  const modes: Array<{ mode: InputMode; label: string }> = [];
  if (kind === 'tiers' || kind === 'ratio')
    modes.push(
      { mode: 'figures', label: t('assessment.input.byValue') },
      { mode: 'fraction', label: t('assessment.input.byFraction') },
    );
  else if (allowPoints && kind !== 'manual')
    modes.push({ mode: 'figures', label: t('assessment.input.byFigures') });
  if (allowPoints && kind !== 'manual') modes.push({ mode: 'points', label: t('assessment.input.byPoints') });
  // The first control takes the ref: the way of entering when there is a choice, else the figure itself.
  const mainRef = modes.length > 1 ? undefined : inputRef;

  const decimal = (
    label: string,
    key: 'value' | 'numerator' | 'denominator' | 'points',
    {
      hint,
      ref = mainRef,
      problem = error,
    }: { hint?: string; ref?: Ref<HTMLInputElement>; problem?: string } = {},
  ) => (
    <Field label={label} hint={hint} error={problem}>
      {(control) => (
        <input
          {...control}
          ref={ref}
          inputMode="decimal"
          autoComplete="off"
          value={value[key]}
          disabled={off}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <div className="leaf-form-grid">
      <div className="leaf-input">
        {modes.length > 1 && (
          <fieldset className="field choice-row" disabled={off}>
            <legend>{t('assessment.input.how')}</legend>
            {modes.map((option, i) => (
              <label key={option.mode} className="choice">
                <input
                  type="radio"
                  name={`${name}-mode`}
                  ref={i === 0 ? inputRef : undefined}
                  checked={value.mode === option.mode}
                  onChange={() => set({ mode: option.mode })}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        )}
        {byPoints ? (
          decimal(t('assessment.input.points'), 'points', { hint: t('assessment.input.pointsHint') })
        ) : kind === 'boolean' ? (
          <fieldset className="field choice-row" disabled={off} aria-invalid={Boolean(error)}>
            <legend>{t('assessment.input.result')}</legend>
            {(['yes', 'no'] as const).map((answer, i) => (
              <label key={answer} className="choice">
                <input
                  type="radio"
                  name={`${name}-answer`}
                  ref={i === 0 ? mainRef : undefined}
                  checked={value.answer === answer}
                  onChange={() => set({ answer })}
                />
                {t(answer === 'yes' ? 'assessment.input.yes' : 'assessment.input.no')}
              </label>
            ))}
            {error && <p className="field-error">{error}</p>}
          </fieldset>
        ) : kind === 'deduction' ? (
          <Field label={t('assessment.input.count')} hint={t('assessment.input.countHint')} error={error}>
            {(control) => (
              <input
                {...control}
                ref={mainRef}
                inputMode="numeric"
                autoComplete="off"
                value={value.count}
                disabled={off}
                onChange={(event) => set({ count: event.target.value })}
              />
            )}
          </Field>
        ) : value.mode === 'fraction' ? (
          <div className="fraction-row">
            {decimal(t('assessment.input.numerator'), 'numerator', { problem: '' })}
            <span aria-hidden="true">/</span>
            {decimal(t('assessment.input.denominator'), 'denominator', { ref: null })}
          </div>
        ) : (
          decimal(t('assessment.input.value'), 'value', { hint: t('assessment.input.valueHint') })
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value.notApplicable}
            disabled={disabled}
            onChange={(event) => set({ notApplicable: event.target.checked })}
          />
          <span>{t('assessment.input.notApplicableToggle')}</span>
        </label>
      </div>
      <LivePoints preview={preview} maxPoints={maxPoints} unsaved={unsaved} />
    </div>
  );
}

/** The figures of a leaf form whose `input` field holds them (react-hook-form), focused on its errors. */
export function LeafInputController<V extends FieldValues & { input: LeafInputValues }>({
  control,
  ...props
}: Omit<LeafInputFieldsProps, 'value' | 'onChange' | 'inputRef'> & { control: Control<V> }) {
  const { field } = useController({ control, name: 'input' as Path<V> });
  return <LeafInputFields {...props} value={field.value} onChange={field.onChange} inputRef={field.ref} />;
}
