import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../lib/i18n';
import {
  periodQueryOptions,
  periodsQueryOptions,
  type PeriodState,
  type PeriodSummary,
} from '../../../lib/period-queries';
import { PERIOD_STATE_LABELS } from '../labels';

/**
 * The period to open without a choice: the newest in one of the `preferred` states (in that order of
 * preference), else the newest that has started, else the newest. `periods` come newest first.
 */
function defaultPeriod(
  periods: readonly PeriodSummary[],
  preferred: readonly PeriodState[],
): PeriodSummary | undefined {
  for (const state of preferred) {
    const match = periods.find((period) => period.state === state);
    if (match) return match;
  }
  return periods.find((period) => period.state !== 'setup') ?? periods[0];
}

/**
 * The period a screen shows: the one `chosen` (from the address), else `defaultPeriod`; with the caller's
 * periods for the picker and the period's units in Vietnamese order.
 */
export function useChosenPeriod(chosen: string, preferred: readonly PeriodState[]) {
  const { compare } = useI18n();
  const periods = useQuery(periodsQueryOptions());
  const periodId = chosen || defaultPeriod(periods.data ?? [], preferred)?.id || '';
  const period = useQuery({ ...periodQueryOptions(periodId), enabled: Boolean(periodId) });
  const units = [...(period.data?.units ?? [])].sort((a, b) => compare(a.name, b.name));
  return { periods, periodId, period, units };
}

/** Chooses one period: its name, year and state. Nothing while there is none to choose. */
export function PeriodPicker({
  periods,
  value,
  onChange,
}: {
  periods: readonly PeriodSummary[] | undefined;
  value: string;
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  if (!periods?.length) return null;
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
