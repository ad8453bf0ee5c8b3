import type { ErrorCode } from '@par/contracts';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, fieldProblemMessage } from './api-error';
import type { Language } from './i18n';
import { registeredMessages, type MessageKey } from './messages';

/** Zod schemas carry message keys; the server's field messages arrive already written out. */
export function isMessageKey(message: string): message is MessageKey {
  return Object.prototype.hasOwnProperty.call(registeredMessages(), message);
}

interface ProblemPlacement<F extends FieldValues> {
  /** The form's fields: a field problem about anything else stays in the form's alert only. */
  fields: readonly Path<F>[];
  /** API field names that differ from the form's (`password` → `newPassword`). */
  rename?: Partial<Record<string, Path<F>>>;
  /** Error codes without a field that concern one (`USERNAME_TAKEN` → `username`). */
  codes?: Partial<Record<ErrorCode, Path<F>>>;
}

/** Shows a problem's field errors next to the fields they name, focusing the first one. */
export function placeProblem<F extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<F>,
  lang: Language,
  { fields, rename = {}, codes = {} }: ProblemPlacement<F>,
): void {
  if (!(error instanceof ApiError)) return;
  const messages = new Map<Path<F>, string[]>();
  for (const item of error.problem.errors ?? []) {
    const name = item.field === undefined ? undefined : (rename[item.field] ?? item.field);
    if (name && (fields as readonly string[]).includes(name)) {
      const field = name as Path<F>;
      messages.set(field, [...(messages.get(field) ?? []), fieldProblemMessage(item, lang)]);
    }
  }
  const byCode = codes[error.problem.code];
  if (byCode && !messages.has(byCode)) messages.set(byCode, [error.problem.messages[lang]]);
  [...messages].forEach(([name, texts], i) =>
    setError(name, { type: 'server', message: texts.join('; ') }, { shouldFocus: i === 0 }),
  );
}

/** A text field of a submitted form, trimmed (a file or a missing field reads as empty). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
