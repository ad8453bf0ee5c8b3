export const criteriaSetKeys = {
  all: ['criteria-sets'] as const,
  lists: () => [...criteriaSetKeys.all, 'list'] as const,
  detail: (id: string) => [...criteriaSetKeys.all, 'detail', id] as const,
  diff: (id: string, against: string) => [...criteriaSetKeys.all, 'diff', id, against] as const,
  crosswalk: (id: string) => [...criteriaSetKeys.all, 'crosswalk', id] as const,
};
