import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../../components/error-alert';
import { useI18n } from '../../../../lib/i18n';
import { useCreatePeriod } from '../../api/create-period';
import type { SetOption, UnitOption } from '../../options';
import { BasicsStep } from './basics-step';
import { DeadlinesStep } from './deadlines-step';
import { periodBody, WIZARD_STEPS } from './period-draft-schema';
import { ReviewStep } from './review-step';
import { SetsStep } from './sets-step';
import { UnitsStep } from './units-step';
import { usePeriodDraft } from './use-period-draft';

interface PeriodWizardProps {
  sets: readonly SetOption[];
  units: readonly UnitOption[];
  unitTypes: readonly string[];
  /** The years that have a period already (the wizard proposes the next free one). */
  takenYears: readonly number[];
  typeName(code: string): string;
}

/**
 * Opens a period in five steps: year and name; the criteria set of each unit type (one set may serve
 * several, e.g. communes and wards); the participating units with their ranking group (picked by type,
 * group defaulting by type); deadlines; review → create. Each step is checked before the next.
 */
export function PeriodWizard({ sets, units, unitTypes, takenYears, typeName }: PeriodWizardProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const draft = usePeriodDraft({ sets, units, takenYears });
  const create = useCreatePeriod({ onSuccess: ({ id }) => navigate(`/periods/${id}`) });
  const last = WIZARD_STEPS.length - 1;
  const label = t(WIZARD_STEPS[step].label);

  const next = async () => {
    if (await draft.checkStep(step)) setStep(step + 1);
  };
  const submit = draft.form.handleSubmit((valid) => create.mutate(periodBody(valid)));
  const content = [
    <BasicsStep key="basics" draft={draft} />,
    <SetsStep key="sets" draft={draft} unitTypes={unitTypes} typeName={typeName} />,
    <UnitsStep key="units" draft={draft} typeName={typeName} />,
    <DeadlinesStep key="deadlines" draft={draft} />,
    <ReviewStep key="review" draft={draft} typeName={typeName} />,
  ][step];

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/periods">{t('periods.title')}</Link>
      </p>
      <h1>{t('wizard.title')}</h1>
      <ol className="wizard-steps">
        {WIZARD_STEPS.map(({ label: key }, index) => (
          <li
            key={key}
            aria-current={index === step ? 'step' : undefined}
            className={index < step ? 'done' : index === step ? 'current' : undefined}
          >
            {t(key)}
          </li>
        ))}
      </ol>
      <form
        className="form wizard"
        noValidate
        aria-label={label}
        onSubmit={(event) => {
          if (step < last) {
            event.preventDefault();
            void next();
          } else void submit(event);
        }}
      >
        <h2>{label}</h2>
        {content}
        {step === last && <ErrorAlert error={create.error} details />}
        <div className="form-actions">
          {step > 0 && (
            <button type="button" className="button-secondary" onClick={() => setStep(step - 1)}>
              {t('wizard.back')}
            </button>
          )}
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {step < last ? t('wizard.next') : create.isPending ? t('action.working') : t('wizard.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
