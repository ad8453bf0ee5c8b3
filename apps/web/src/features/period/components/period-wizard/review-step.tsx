import { Fragment } from 'react';
import { useI18n } from '../../../../lib/i18n';
import { DEADLINE_LABELS, DEADLINES } from '../../labels';
import type { PeriodDraftState } from './use-period-draft';

/** Step 5: the whole draft to check before it is created (units counted per ranking group). */
export function ReviewStep({ draft, typeName }: { draft: PeriodDraftState; typeName(code: string): string }) {
  const { t, formatDateTime } = useI18n();
  const { values, setById } = draft;
  const groups = new Map<string, number>();
  for (const unit of values.units) groups.set(unit.group, (groups.get(unit.group) ?? 0) + 1);
  return (
    <dl className="facts">
      <dt>{t('period.year')}</dt>
      <dd>{values.year}</dd>
      <dt>{t('period.name')}</dt>
      <dd>{values.name}</dd>
      <dt>{t('period.sets')}</dt>
      <dd>
        <ul className="plain-list">
          {values.sets.map((set) => (
            <li key={set.criteriaSetId}>
              <code>{setById.get(set.criteriaSetId)?.code}</code> → {set.unitTypes.map(typeName).join(', ')}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('period.units')}</dt>
      <dd>
        {t('wizard.unitCount', { count: values.units.length })}
        <ul className="plain-list">
          {[...groups].map(([group, count]) => (
            <li key={group}>{t('wizard.groupCount', { group, count })}</li>
          ))}
        </ul>
      </dd>
      {DEADLINES.map((name) => (
        <Fragment key={name}>
          <dt>{t(DEADLINE_LABELS[name])}</dt>
          <dd>{values.deadlines[name] ? formatDateTime(new Date(values.deadlines[name])) : '—'}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
