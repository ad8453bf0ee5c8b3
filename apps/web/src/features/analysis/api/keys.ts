import type { LostPointsBy } from './types';

export const analysisKeys = {
  all: ['analysis'] as const,
  lostPoints: (periodId: string, by: LostPointsBy) =>
    [...analysisKeys.all, 'lost-points', periodId, by] as const,
  tasks: () => [...analysisKeys.all, 'tasks'] as const,
  periodTasks: (periodId: string) => [...analysisKeys.tasks(), 'period', periodId] as const,
  overdue: () => [...analysisKeys.tasks(), 'overdue'] as const,
  standing: () => [...analysisKeys.all, 'standing'] as const,
  heatmap: (periodId: string) => [...analysisKeys.all, 'heatmap', periodId] as const,
  strengths: (periodId: string, depth: number) =>
    [...analysisKeys.all, 'strengths', periodId, depth] as const,
  robustness: (periodId: string, iterations: number) =>
    [...analysisKeys.all, 'robustness', periodId, iterations] as const,
  gaps: (periodId: string) => [...analysisKeys.all, 'gaps', periodId] as const,
  trend: (unitCode: string | null, by: string) => [...analysisKeys.all, 'trend', unitCode ?? '', by] as const,
};
