import type { ErrorCode, LocalizedText } from './error-codes';

/** One invalid field (or node, unit, leaf) inside a request. */
export interface FieldProblem {
  /** Dotted path of the field in the request body, e.g. `units.3.code`. */
  field?: string;
  /** Machine-readable reason, e.g. `isInt`, `MAX_POINTS_MISMATCH`. */
  code: string;
  message: string;
  messageEn?: string;
  node?: string;
  unit?: string;
  leaf?: string;
  row?: number;
  /** The units a problem concerns, by code (the units blocking a period move: `UNITS_NOT_SUBMITTED`, …). */
  units?: string[];
}

/** RFC 9457 problem details, as every API error answers (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  requestId?: string;
  /** Title and detail in both languages; `title`/`detail` follow `Accept-Language` (Vietnamese by default). */
  messages: { vi: LocalizedText['vi']; en: LocalizedText['en'] };
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
