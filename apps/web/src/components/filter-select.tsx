import { useI18n } from '../lib/i18n';

/** A list filter: a labelled select whose first choice, "All", clears it. */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <label className="filter">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('filter.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
