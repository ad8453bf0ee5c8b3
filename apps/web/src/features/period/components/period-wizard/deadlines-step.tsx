import { useWatch } from 'react-hook-form';
import { useI18n } from '../../../../lib/i18n';
import { DeadlineFields } from '../deadline-fields';
import type { PeriodDraftState } from './use-period-draft';

/** Step 4: the four deadlines, each optional, in the period's order. */
export function DeadlinesStep({ draft }: { draft: PeriodDraftState }) {
  const { t } = useI18n();
  const { form } = draft;
  const { errors } = form.formState;
  const deadlines = useWatch({ control: form.control, name: 'deadlines' });
  return (
    <>
      <p className="field-hint">{t('wizard.deadlinesHint')}</p>
      <DeadlineFields
        values={deadlines}
        onChange={(name, value) =>
          form.setValue(`deadlines.${name}`, value, {
            shouldDirty: true,
            shouldValidate: form.formState.isSubmitted,
          })
        }
        error={(name) => errors.deadlines?.[name]?.message}
      />
    </>
  );
}
