import type { DemoCriteriaSet } from '../model/demo.types';
import { communeCriteriaSet } from './commune-criteria-set';
import { departmentCriteriaSet } from './department-criteria-set';

/** The four sets with the decisions that issued them: agencies and communes, 2025 and 2026. */
export function demoCriteriaSets(): DemoCriteriaSet[] {
  const issued2025 = 'Quyết định số 1835/QĐ-UBND ngày 18/8/2025 của UBND tỉnh Lam Giang';
  const issued2026 = 'Quyết định số 92/QĐ-UBND ngày 16/01/2026 của UBND tỉnh Lam Giang';
  return [
    { set: departmentCriteriaSet(2025), sourceDecision: issued2025 },
    { set: communeCriteriaSet(2025), sourceDecision: issued2025 },
    { set: departmentCriteriaSet(2026), sourceDecision: issued2026 },
    { set: communeCriteriaSet(2026), sourceDecision: issued2026 },
  ];
}
