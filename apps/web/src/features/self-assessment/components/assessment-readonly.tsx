import type { CriteriaSet } from '@par/scoring';
import type { Assessment } from '../api/types';
import { groupByArea } from '../areas';
import { AreaSection } from './area-section';
import { LeafSummary } from './leaf-summary';

/** An assessment the reader cannot change any more: area by area, every leaf with its history and points. */
export function AssessmentReadOnly({
  assessment,
  set,
}: {
  assessment: Assessment;
  set: CriteriaSet | undefined;
}) {
  const { periodId, unitCode } = assessment;
  return (
    <div className="assessment-main">
      {groupByArea(assessment, set).map((area) => (
        <AreaSection key={area.code} area={area} appraised>
          {area.items.map((item) => (
            <LeafSummary
              key={item.leafCode}
              item={item}
              at={{ periodId, unitCode, leafCode: item.leafCode }}
            />
          ))}
        </AreaSection>
      ))}
    </div>
  );
}
