import { ApiError, errorOf, networkProblem } from './api-error';
import { session } from './api-client';

/** Bytes sent so far of one upload. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

interface UploadOptions {
  /** The multipart field the API reads (`file`). */
  field?: string;
  onProgress?(progress: UploadProgress): void;
  signal?: AbortSignal;
}

interface Answer {
  status: number;
  statusText: string;
  body: unknown;
}

/** What one request carries: a multipart form, or a file as the raw body with its content type. */
type Body = { form: FormData } | { raw: Blob; contentType: string };

function send(path: string, body: Body, token: string | null, options: UploadOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    if ('raw' in body) xhr.setRequestHeader('Content-Type', body.contentType);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) =>
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null;
      } catch {
        // not JSON: `errorOf` turns it into a generic problem
      }
      resolve({ status: xhr.status, statusText: xhr.statusText, body });
    };
    xhr.onerror = () => reject(new ApiError(networkProblem(0, 'upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send('raw' in body ? body.raw : body.form);
  });
}

/**
 * Sends one file as `multipart/form-data` with upload progress (fetch cannot report it, so this is the
 * one XMLHttpRequest of the SPA). Same session rules as `api`: a token about to expire is renewed first, a
 * 401 renews once and replays. Resolves to the JSON answer; a refusal rejects with `ApiError`.
 */
export function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<T> {
  return upload<T>(
    path,
    () => {
      const form = new FormData();
      form.append(options.field ?? 'file', file, file.name);
      return { form };
    },
    options,
  );
}

/**
 * Sends one file as the raw request body with its content type (routes that read the body by its type, as
 * the survey forms import does), with the same progress and session rules as `uploadFile`.
 */
export function uploadBody<T>(
  path: string,
  file: Blob,
  contentType: string,
  options: Omit<UploadOptions, 'field'> = {},
): Promise<T> {
  return upload<T>(path, () => ({ raw: file, contentType }), options);
}

async function upload<T>(path: string, body: () => Body, options: UploadOptions): Promise<T> {
  const token = await session.accessToken();
  let answer = await send(path, body(), token, options);
  if (answer.status === 401 && token) {
    const renewed = await session.renewAfterRejection(token);
    if (renewed) answer = await send(path, body(), renewed, options);
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  throw errorOf(answer.body, answer);
}
