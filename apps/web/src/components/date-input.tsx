import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

/** A calendar day (`2026-03-06`) or a local date and time to the minute (`2026-03-06T17:00`). */
export type DateInputKind = 'date' | 'datetime';

const pad = (n: number) => String(n).padStart(2, '0');
const NATIVE = { date: /^(\d{4})-(\d{2})-(\d{2})$/, datetime: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/ };
const TYPED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[\s,]+(\d{1,2})[:hg](\d{2}))?$/i;

/** How a value is shown: `06/03/2026`, `06/03/2026 17:00` (24 h); anything else as it is. */
export function formatDateText(value: string, kind: DateInputKind): string {
  const match = NATIVE[kind].exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute] = match;
  return kind === 'date' ? `${day}/${month}/${year}` : `${day}/${month}/${year} ${hour}:${minute}`;
}

/**
 * What the user typed as the value a form keeps (the format of the browser's date inputs, so forms and the
 * API are unchanged): `6/3/2026` → `2026-03-06`; `06/03/2026 17:00` (or `17h00`) → `2026-03-06T17:00`.
 * Empty → ''; not a real day or time → undefined. Day first, whatever the browser's language.
 */
export function parseDateText(text: string, kind: DateInputKind): string | undefined {
  const value = text.trim();
  if (!value) return '';
  const match = TYPED.exec(value);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (kind === 'date') return match[4] === undefined ? date : undefined;
  if (match[4] === undefined) return undefined;
  const [hour, minute] = [Number(match[4]), Number(match[5])];
  if (hour > 23 || minute > 59) return undefined;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'type'
>;

/**
 * A date (dd/mm/yyyy) or date-time (dd/mm/yyyy hh:mm, 24 h) field that reads the same in every browser: the
 * native pickers follow the browser's language (mm/dd and AM/PM on an English browser — 06/01 read as
 * 1 June). `value`/`onChange` carry the native inputs' format (`2026-03-06`, `2026-03-06T17:00`); while the
 * text is not a real day, `onChange` gets the text itself, which the forms' format checks refuse.
 */
export function DateInput({
  kind = 'date',
  value,
  onChange,
  onBlur,
  ...rest
}: NativeProps & { kind?: DateInputKind; value: string; onChange(value: string): void }) {
  const [text, setText] = useState(() => formatDateText(value, kind));
  const emitted = useRef(value);
  useEffect(() => {
    // A value set from outside (a reset, "take the latest") replaces what is shown.
    if (value !== emitted.current) {
      emitted.current = value;
      setText(formatDateText(value, kind));
    }
  }, [value, kind]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder={rest.placeholder ?? (kind === 'date' ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm')}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = parseDateText(next, kind);
        emitted.current = parsed ?? next;
        onChange(parsed ?? next);
      }}
      onBlur={(event) => {
        const parsed = parseDateText(text, kind);
        if (parsed) setText(formatDateText(parsed, kind));
        onBlur?.(event);
      }}
    />
  );
}

/**
 * A `DateInput` inside a plain form read with `FormData`: the value travels in a hidden input named `name`
 * (the native format), starting from `defaultValue`.
 */
export function NamedDateInput({
  name,
  defaultValue = '',
  ...rest
}: NativeProps & { kind?: DateInputKind; name: string; defaultValue?: string }) {
  const [value, setValue] = useState(defaultValue);
  return (
    <>
      <DateInput {...rest} value={value} onChange={setValue} />
      <input type="hidden" name={name} value={value} />
    </>
  );
}
