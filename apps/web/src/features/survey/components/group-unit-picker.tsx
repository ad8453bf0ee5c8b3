import type { Ref } from 'react';
import { useI18n } from '../../../lib/i18n';
import type { SurveyGroup } from '../api/types';
import { ratedUnits, type RatedUnit } from '../rated-units';

/** The respondent group and one unit it rates (the unit list follows the group). */
export function GroupUnitPicker({
  groups,
  units,
  group,
  unit,
  onChange,
  groupRef,
  unitRef,
}: {
  groups: readonly SurveyGroup[];
  units: readonly RatedUnit[];
  group: string;
  unit: string;
  onChange(next: { group: string; unit: string }): void;
  groupRef?: Ref<HTMLSelectElement>;
  unitRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useI18n();
  const rated = ratedUnits(
    groups.find((candidate) => candidate.code === group),
    units,
  );
  return (
    <>
      <label className="filter">
        {t('survey.pick.group')}
        <select
          ref={groupRef}
          value={group}
          onChange={(event) => {
            const next = groups.find((candidate) => candidate.code === event.target.value);
            const keep = ratedUnits(next, units).some((candidate) => candidate.code === unit);
            onChange({ group: event.target.value, unit: keep ? unit : '' });
          }}
        >
          <option value="">{t('form.choose')}</option>
          {groups.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.code} — {candidate.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t('survey.pick.unit')}
        <select
          ref={unitRef}
          value={unit}
          disabled={!group}
          onChange={(event) => onChange({ group, unit: event.target.value })}
        >
          <option value="">{t('form.choose')}</option>
          {rated.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.code} — {candidate.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
