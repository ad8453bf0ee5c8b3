import { DateInput } from '../../../components/date-input';
import { Field } from '../../../components/field';
import { useI18n } from '../../../lib/i18n';
import { DEADLINE_LABELS, DEADLINES, type DeadlineName } from '../labels';

/** The four deadlines of a period as local date-times, dd/mm/yyyy hh:mm (each optional). */
export function DeadlineFields({
  values,
  onChange,
  error,
}: {
  /** Each deadline as the form keeps it (`2026-12-15T17:00`, or '' for none). */
  values: Record<DeadlineName, string>;
  onChange(name: DeadlineName, value: string): void;
  error(name: DeadlineName): string | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      {DEADLINES.map((name) => (
        <Field key={name} label={t(DEADLINE_LABELS[name])} error={error(name)} hint={t('form.dateTimeHint')}>
          {(control) => (
            <DateInput
              {...control}
              kind="datetime"
              value={values[name]}
              onChange={(value) => onChange(name, value)}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
