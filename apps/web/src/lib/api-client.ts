import { PROBLEM_CONTENT_TYPE, type Problem } from '@par/contracts';

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

function networkProblem(status: number, detail: string): Problem {
  return {
    type: 'about:blank',
    title: 'Không kết nối được máy chủ',
    status,
    code: status === 0 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR',
    detail,
    messages: { vi: 'Không kết nối được máy chủ', en: 'Could not reach the server' },
  };
}

export interface ApiRequest extends Omit<RequestInit, 'body'> {
  body?: unknown;
}

/** JSON over fetch against `/api/v1`; non-2xx answers throw `ApiError`. */
export async function apiFetch<T>(path: string, { body, headers, ...init }: ApiRequest = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(networkProblem(0, error instanceof Error ? error.message : String(error)));
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith(PROBLEM_CONTENT_TYPE) || type.startsWith('application/json')) {
    throw new ApiError((await response.json()) as Problem);
  }
  throw new ApiError(networkProblem(response.status, response.statusText));
}
