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

function send(path: string, form: FormData, token: string | null, options: UploadOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
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
    xhr.send(form);
  });
}

/**
 * Sends one file as `multipart/form-data` with upload progress (fetch cannot report it, so this is the
 * one XMLHttpRequest of the SPA). Same session rules as `api`: a token about to expire is renewed first, a
 * 401 renews once and replays. Resolves to the JSON answer; a refusal rejects with `ApiError`.
 */
export async function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<T> {
  const form = () => {
    const data = new FormData();
    data.append(options.field ?? 'file', file, file.name);
    return data;
  };
  const token = await session.accessToken();
  let answer = await send(path, form(), token, options);
  if (answer.status === 401 && token) {
    const renewed = await session.renewAfterRejection(token);
    if (renewed) answer = await send(path, form(), renewed, options);
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  throw errorOf(answer.body, answer);
}
