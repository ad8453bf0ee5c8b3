import type { FieldProblem, Problem } from '@par/contracts';
import type { Language } from './i18n';

/** A failed API call, carrying the server's problem document (code, titles in vi and en, field errors). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.messages?.vi ?? problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

/** The problem of a call that got no problem document: the server is unreachable or answered something else. */
export function networkProblem(status: number, detail: string): Problem {
  return {
    type: 'about:blank',
    title: 'Không kết nối được máy chủ',
    status,
    code: status === 0 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR',
    detail,
    messages: { vi: 'Không kết nối được máy chủ', en: 'Could not reach the server' },
  };
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).code === 'string' &&
    typeof (value as Problem).status === 'number'
  );
}

/** The error of a non-2xx answer: its problem document, or a generic one when the body is not one. */
export function errorOf(body: unknown, response: Pick<Response, 'status' | 'statusText'>): ApiError {
  return new ApiError(isProblem(body) ? body : networkProblem(response.status, response.statusText));
}

/** The sentence to show for an API error in the reader's language. */
export function problemMessage(problem: Problem, lang: Language): string {
  return problem.messages?.[lang] ?? problem.title;
}

/**
 * One field problem in the reader's language (`messageEn` is set where the API has one): the API's, or an
 * issue @par/scoring found in the browser (the same shape, since the API forwards the lib's issues).
 */
export function fieldProblemMessage(
  problem: Pick<FieldProblem, 'message' | 'messageEn'>,
  lang: Language,
): string {
  return lang === 'en' ? (problem.messageEn ?? problem.message) : problem.message;
}

/** The current state the server sent with a 409 STALE_VERSION (someone saved first), else null. */
export function staleVersionOf<T extends object>(error: unknown): T | null {
  if (!(error instanceof ApiError) || error.code !== 'STALE_VERSION') return null;
  const current = error.problem.current;
  return typeof current === 'object' && current !== null ? (current as T) : null;
}
