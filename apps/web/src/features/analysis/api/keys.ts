import type { LostPointsBy } from './types';

export const analysisKeys = {
  all: ['analysis'] as const,
  lostPoints: (periodId: string, by: LostPointsBy) =>
    [...analysisKeys.all, 'lost-points', periodId, by] as const,
  tasks: () => [...analysisKeys.all, 'tasks'] as const,
  periodTasks: (periodId: string) => [...analysisKeys.tasks(), 'period', periodId] as const,
  overdue: () => [...analysisKeys.tasks(), 'overdue'] as const,
  standing: () => [...analysisKeys.all, 'standing'] as const,
};
