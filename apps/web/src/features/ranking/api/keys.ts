/** The results screens' queries: the public feed (no session) apart from the staff's snapshots. */
export const rankingKeys = {
  all: ['ranking'] as const,
  publicPeriods: () => [...rankingKeys.all, 'public', 'periods'] as const,
  publicResults: (periodId: string) => [...rankingKeys.all, 'public', 'results', periodId] as const,
  history: (code: string) => [...rankingKeys.all, 'public', 'history', code] as const,
  snapshots: (periodId: string) => [...rankingKeys.all, 'snapshots', periodId] as const,
  snapshot: (periodId: string, snapshotId: string) =>
    [...rankingKeys.snapshots(periodId), snapshotId] as const,
  diff: (periodId: string, from: string, to: string) =>
    [...rankingKeys.snapshots(periodId), 'diff', from, to] as const,
  criteriaSet: (id: string) => [...rankingKeys.all, 'criteria-set', id] as const,
  groups: (periodId: string) => [...rankingKeys.all, 'groups', periodId] as const,
  unitLosses: (periodId: string, unitCode: string) =>
    [...rankingKeys.all, 'unit-losses', periodId, unitCode] as const,
};
