import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../components/field';
import { useI18n } from '../../../lib/i18n';
import { DEADLINE_LABELS, DEADLINES, type DeadlineName } from '../labels';

/** The four deadlines of a period as local date-times (each optional). */
export function DeadlineFields({
  field,
  error,
}: {
  field(name: DeadlineName): UseFormRegisterReturn;
  error(name: DeadlineName): string | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      {DEADLINES.map((name) => (
        <Field key={name} label={t(DEADLINE_LABELS[name])} error={error(name)}>
          {(control) => <input {...control} type="datetime-local" {...field(name)} />}
        </Field>
      ))}
    </div>
  );
}
