/** Messages show at most this many characters of a value (longer renderings end in `...`). */
const SHOWN = 40;

/**
 * A short rendering of a raw input value for messages: its JSON text, cut at 40 characters. Only the start
 * of the value is rendered, so a huge or deeply nested value (which `JSON.stringify` would overflow the stack
 * on) costs a few steps, and no value — not even a BigInt or a cycle — makes it throw.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return '(không có / none)';
  const out: Rendering = { text: '' };
  render(value, out, true);
  if (out.text === '') return typeof value;
  return out.text.length > SHOWN ? `${out.text.slice(0, SHOWN - 3)}...` : out.text;
}

interface Rendering {
  text: string;
}

/** Appends JSON text for `value` until more than SHOWN characters are there (each level adds one at least). */
function render(value: unknown, out: Rendering, top: boolean): void {
  if (out.text.length > SHOWN) return;
  switch (typeof value) {
    case 'string':
      out.text += JSON.stringify(value.slice(0, SHOWN + 1));
      return;
    case 'number':
      out.text += Number.isFinite(value) ? String(value) : 'null';
      return;
    case 'boolean':
    case 'bigint':
      out.text += String(value);
      return;
    case 'object':
      if (value === null) out.text += 'null';
      else if (Array.isArray(value)) renderArray(value, out);
      else renderObject(value as Readonly<Record<string, unknown>>, out);
      return;
    default:
      // undefined, functions and symbols: JSON leaves them out at the top, writes null in an array
      if (!top) out.text += 'null';
  }
}

function renderArray(values: readonly unknown[], out: Rendering): void {
  out.text += '[';
  for (let index = 0; index < values.length && out.text.length <= SHOWN; index += 1) {
    if (index > 0) out.text += ',';
    render(values[index], out, false);
  }
  out.text += ']';
}

function renderObject(record: Readonly<Record<string, unknown>>, out: Rendering): void {
  out.text += '{';
  let first = true;
  for (const key in record) {
    if (out.text.length > SHOWN) break;
    if (!Object.hasOwn(record, key)) continue;
    const member = record[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    out.text += `${first ? '' : ','}${JSON.stringify(key.slice(0, SHOWN + 1))}:`;
    first = false;
    render(member, out, false);
  }
  out.text += '}';
}
