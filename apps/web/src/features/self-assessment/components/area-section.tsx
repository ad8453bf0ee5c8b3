import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import type { AreaGroup } from '../areas';

/** One area (lĩnh vực) with its totals: self-scored, and — once appraised — the points that count now. */
export function AreaSection({
  area,
  appraised,
  children,
}: {
  area: AreaGroup;
  appraised?: boolean;
  children: ReactNode;
}) {
  const { t, lang } = useI18n();
  const points = (milli: number) => pointsText(milli, lang, true);
  return (
    <section className="area" aria-labelledby={`area-${area.code}`}>
      <h2 id={`area-${area.code}`} className="area-heading">
        <span>
          {area.code}. {area.title}
        </span>
        <span className="area-total">
          {appraised
            ? t('assessment.areaTotalNow', {
                self: points(area.selfMilli),
                points: points(area.pointsMilli),
                max: points(area.maxMilli),
              })
            : t('assessment.areaTotal', { points: points(area.selfMilli), max: points(area.maxMilli) })}
        </span>
      </h2>
      {children}
    </section>
  );
}
