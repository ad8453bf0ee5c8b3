import { ERROR_TITLES, type ErrorCode } from '@par/contracts';

/** XMLHttpRequest as far as `lib/upload.ts` uses it: the test drives progress and the answer. */
export class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: {
    onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
  } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

/** A problem document as the API's filter writes it, for an XHR answer. */
export const problemBody = (status: number, code: ErrorCode, extra: Record<string, unknown> = {}) => ({
  type: `urn:par-index:error:${code.toLowerCase()}`,
  title: ERROR_TITLES[code].vi,
  status,
  code,
  messages: ERROR_TITLES[code],
  ...extra,
});
