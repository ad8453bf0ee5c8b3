import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { surveyKeys } from './keys';

/**
 * The questionnaire behind a one-time code (no login). 404 unknown, 409 CODE_USED / SURVEY_NOT_OPEN /
 * SURVEY_CLOSED (with `opensAt`, `closesAt`), 429 RATE_LIMITED after too many unknown codes.
 */
export const getPublicForm = (code: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/public/survey/{code}', { params: { path: { code } }, signal }));

export const publicFormQueryOptions = (code: string) =>
  queryOptions({
    queryKey: surveyKeys.publicForm(code),
    queryFn: ({ signal }) => getPublicForm(code, signal),
    // A refusal is an answer to show, not a hiccup to retry; the code's state changes only by submitting.
    retry: false,
    staleTime: Infinity,
  });
