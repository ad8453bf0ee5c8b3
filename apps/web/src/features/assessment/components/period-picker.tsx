import { useI18n } from '../../../lib/i18n';
import type { PeriodState, PeriodSummary } from '../api';
import { PERIOD_STATE_LABELS } from '../labels';

/**
 * The period to open without a choice: the newest in one of the `preferred` states (in that order of
 * preference), else the newest that has started, else the newest. `periods` come newest first.
 */
export function defaultPeriod(
  periods: readonly PeriodSummary[],
  preferred: readonly PeriodState[],
): PeriodSummary | undefined {
  for (const state of preferred) {
    const match = periods.find((period) => period.state === state);
    if (match) return match;
  }
  return periods.find((period) => period.state !== 'setup') ?? periods[0];
}

/** Chooses one period: its name, year and state. */
export function PeriodPicker({
  periods,
  value,
  onChange,
}: {
  periods: readonly PeriodSummary[];
  value: string;
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  return (
    <label className="filter">
      {t('assessment.period')}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {periods.map((period) => (
          <option key={period.id} value={period.id}>
            {period.name} — {t(PERIOD_STATE_LABELS[period.state])}
          </option>
        ))}
      </select>
    </label>
  );
}
