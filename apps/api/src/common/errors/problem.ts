import {
  ERROR_TITLES,
  type ErrorCode,
  type FieldProblem,
  type LocalizedText,
  type Problem,
} from '@par/contracts';
import { ERROR_STATUS } from './error-status';

export type Language = 'vi' | 'en';

/** Vietnamese unless the client prefers English over Vietnamese. */
export function preferredLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { lang: Language; q: number } = { lang: 'vi', q: 0 };
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag.startsWith('en') ? 'en' : tag.startsWith('vi') ? 'vi' : null;
    if (lang && Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}

export interface ProblemInput {
  code: ErrorCode;
  detail?: LocalizedText;
  errors?: FieldProblem[];
  instance?: string;
  requestId?: string;
  extensions?: Record<string, unknown>;
}

/** Builds the RFC 9457 body for a code; the one place problem documents are shaped. */
export function buildProblem(input: ProblemInput, language: Language): Problem {
  const title = ERROR_TITLES[input.code];
  const join = (lang: Language) => (input.detail ? `${title[lang]}: ${input.detail[lang]}` : title[lang]);
  return {
    ...input.extensions,
    type: `urn:par-index:error:${input.code.toLowerCase().replace(/_/g, '-')}`,
    title: title[language],
    status: ERROR_STATUS[input.code],
    code: input.code,
    ...(input.detail ? { detail: input.detail[language] } : {}),
    ...(input.instance ? { instance: input.instance } : {}),
    ...(input.requestId ? { requestId: input.requestId } : {}),
    messages: { vi: join('vi'), en: join('en') },
    ...(input.errors?.length ? { errors: input.errors } : {}),
  };
}
