import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import type { SurveyAnswers } from './types';

/** `POST /public/survey/{code}`: once per code (409 CODE_USED after, even for a concurrent second submit). */
export const submitPublicForm = (code: string, answers: SurveyAnswers) =>
  unwrap(api.POST('/api/v1/public/survey/{code}', { params: { path: { code } }, body: { answers } }));

/** Nothing cached to update: the page shows its thank-you state (the screen's `onSuccess`). */
export const useSubmitPublicForm = (
  code: string,
  config: MutationConfig<{ stored: boolean }, SurveyAnswers> = {},
) =>
  useMutation({
    ...config,
    mutationFn: (answers: SurveyAnswers) => submitPublicForm(code, answers),
  });
