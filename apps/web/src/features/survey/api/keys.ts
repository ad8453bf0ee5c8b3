export const surveyKeys = {
  all: ['survey'] as const,
  period: (periodId: string) => [...surveyKeys.all, 'period', periodId] as const,
  detail: (periodId: string) => [...surveyKeys.period(periodId), 'detail'] as const,
  form: (periodId: string, group: string, unit: string) =>
    [...surveyKeys.period(periodId), 'form', group, unit] as const,
  /** The public page's questionnaire, by its code (no session: kept apart from the periods). */
  publicForm: (code: string) => [...surveyKeys.all, 'public', code] as const,
};
