/** Every code a parser or validator of this lib can report (see README.md for the meaning of each). */
export const ISSUE_CODES = [
  'INVALID_FORMAT',
  'INVALID_FIELD',
  'UNKNOWN_FIELD',
  'INVALID_DECIMAL',
  'DUPLICATE_CODE',
  'MAX_POINTS_MISMATCH',
  'MISSING_RULE',
  'RULE_ON_BRANCH',
  'UNKNOWN_RULE',
  'INVALID_RULE',
  'INVALID_RULE_TEXT',
  'SOURCE_MISMATCH',
  'POINTS_OUT_OF_RANGE',
  'VALUE_OUT_OF_RANGE',
  'CRITERIA_SET_MISMATCH',
  'UNKNOWN_LEAF',
  'INPUT_KIND_MISMATCH',
  'INPUT_CONFLICT',
  'INVALID_RATIO',
  'INVALID_COUNT',
  'UNKNOWN_OPTION',
  'ADJUSTMENT_NOT_ALLOWED',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Where a problem is: a set node, or a unit and one of its leaves, plus a JSON Pointer into the input. */
export interface IssueLocation {
  readonly node?: string;
  readonly unit?: string;
  readonly leaf?: string;
  /** RFC 6901 JSON Pointer into the parsed document, e.g. `/units/2/items/1.2/numerator`. */
  readonly path?: string;
}

export interface Issue extends IssueLocation {
  readonly code: IssueCode;
  /** Vietnamese. */
  readonly message: string;
  readonly messageEn: string;
}

export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };
