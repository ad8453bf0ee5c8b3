export const appealKeys = {
  all: ['appeals'] as const,
  list: (periodId: string) => ['appeals', periodId] as const,
  leaves: (periodId: string, unitCode: string) => ['appeals', periodId, 'leaves', unitCode] as const,
};
