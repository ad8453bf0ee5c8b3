import { toMilli, type CriteriaSet } from '@par/scoring';
import type { AssessmentItem } from './api/types';

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

/** Leaves grouped by area in set order, with Σ max, Σ self points and Σ points that count now. */
export function groupByArea(items: readonly AssessmentItem[], set: CriteriaSet | undefined): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const item of items) {
    let group = groups.get(item.areaCode);
    if (!group) {
      group = {
        code: item.areaCode,
        title: set?.nodesByCode.get(item.areaCode)?.title ?? '',
        items: [],
        maxMilli: 0,
        selfMilli: 0,
        pointsMilli: 0,
      };
      groups.set(item.areaCode, group);
    }
    group.items.push(item);
    group.maxMilli += milli(item.maxPoints);
    group.selfMilli += milli(item.self?.points);
    group.pointsMilli += milli(item.points);
  }
  return [...groups.values()];
}

/** Σ of the groups' totals. */
export const totalOf = (groups: readonly AreaGroup[], key: 'maxMilli' | 'selfMilli' | 'pointsMilli') =>
  groups.reduce((sum, group) => sum + group[key], 0);
