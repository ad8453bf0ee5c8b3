import {
  fieldProblemText,
  rowText,
  type FieldProblem,
  type FieldProblemCode,
  type FieldProblemParams,
  type LocalizedText,
} from '@par/contracts';

/** Where a field problem is: the request field (dotted path or JSON Pointer), node, unit, leaf or worksheet row. */
export type FieldProblemLocation = Omit<FieldProblem, 'code' | 'message' | 'messageEn'>;

/**
 * One of the API's own field problems, its texts from the catalogue in `@par/contracts`
 * (`FIELD_PROBLEMS`): `fieldProblem('DUPLICATE_UNIT', { unit: 'STP' }, 'units.2.code')`.
 */
export function fieldProblem<C extends FieldProblemCode>(
  code: C,
  params: FieldProblemParams<C>,
  where: string | FieldProblemLocation = {},
): FieldProblem {
  const text = fieldProblemText(code, params);
  const location = typeof where === 'string' ? { field: where } : where;
  return { ...location, code, message: text.vi, messageEn: text.en };
}

/** A problem found on one worksheet row: the row set, and in front of both texts (`Dòng 7: …`). */
export function inRow(row: number, problem: FieldProblem): FieldProblem {
  const text = rowText(row, { vi: problem.message, en: problem.messageEn ?? problem.message });
  return { ...problem, row, message: text.vi, messageEn: text.en };
}

/** A detail that reads the same in both languages: a code, a username, a file name, a parser's message. */
export function verbatim(text: string): LocalizedText {
  return { vi: text, en: text };
}
