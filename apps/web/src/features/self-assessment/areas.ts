import { toMilli, type CriteriaSet } from '@par/scoring';
import type { Assessment, AssessmentItem } from './api/types';

/** The leaves of one area (lĩnh vực) with its totals in thousandths. */
export interface AreaGroup {
  code: string;
  title: string;
  items: AssessmentItem[];
  maxMilli: number;
  selfMilli: number;
  pointsMilli: number;
}

const milli = (points: number | null | undefined) => (points == null ? 0 : toMilli(points));

/**
 * Leaves grouped by area in set order, with the area's totals as the API gives them (libs/scoring on the
 * server: applicable max, the unit's own points, the points that count now) — never summed here.
 */
export function groupByArea(
  assessment: Pick<Assessment, 'items' | 'areas'>,
  set: CriteriaSet | undefined,
): AreaGroup[] {
  const totals = new Map(assessment.areas.map((area) => [area.code, area]));
  const groups = new Map<string, AreaGroup>();
  for (const item of assessment.items) {
    let group = groups.get(item.areaCode);
    if (!group) {
      const total = totals.get(item.areaCode);
      group = {
        code: item.areaCode,
        title: set?.nodesByCode.get(item.areaCode)?.title ?? '',
        items: [],
        maxMilli: milli(total?.maxPoints),
        selfMilli: milli(total?.selfPoints),
        pointsMilli: milli(total?.points),
      };
      groups.set(item.areaCode, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
