import { compactQuery } from '../../../lib/api-client';
import { ASSESSMENTS_ROOT_KEY } from '../../../lib/assessment-keys';
import type { QueueQuery } from './types';

export const assessmentKeys = {
  all: ASSESSMENTS_ROOT_KEY,
  period: (periodId: string) => [...assessmentKeys.all, periodId] as const,
  list: (periodId: string) => [...assessmentKeys.period(periodId), 'list'] as const,
  unit: (periodId: string, unitCode: string) =>
    [...assessmentKeys.period(periodId), 'unit', unitCode] as const,
  completeness: (periodId: string, unitCode: string) =>
    [...assessmentKeys.unit(periodId, unitCode), 'completeness'] as const,
};

export const queueKeys = {
  all: ['appraisal-queue'] as const,
  period: (periodId: string) => [...queueKeys.all, periodId] as const,
  page: (periodId: string, query: QueueQuery) =>
    [...queueKeys.period(periodId), compactQuery(query)] as const,
};

export const scoringSetKeys = {
  // Apart from the criteria screens' keys: this entry holds the parsed model, not the JSON document.
  detail: (id: string) => ['scoring', 'criteria-set', id] as const,
};
