import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateInput, formatDateText, parseDateText } from './date-input';

describe('date text', () => {
  it('reads day first and 24 h, whatever the browser', () => {
    expect(parseDateText('06/01/2026', 'date')).toBe('2026-01-06');
    expect(parseDateText('6/1/2026', 'date')).toBe('2026-01-06');
    expect(parseDateText('06/03/2026 17:00', 'datetime')).toBe('2026-03-06T17:00');
    expect(parseDateText('06/03/2026 17h30', 'datetime')).toBe('2026-03-06T17:30');
    expect(parseDateText('', 'date')).toBe('');
  });

  it('refuses what is not a real day or time', () => {
    expect(parseDateText('31/02/2026', 'date')).toBeUndefined();
    expect(parseDateText('13/13/2026', 'date')).toBeUndefined();
    expect(parseDateText('2026-03-06', 'date')).toBeUndefined();
    expect(parseDateText('06/03/2026', 'datetime')).toBeUndefined();
    expect(parseDateText('06/03/2026 24:00', 'datetime')).toBeUndefined();
    expect(parseDateText('06/03/2026 5:00 PM', 'datetime')).toBeUndefined();
  });

  it('shows the native format as dd/mm/yyyy [hh:mm]', () => {
    expect(formatDateText('2026-01-06', 'date')).toBe('06/01/2026');
    expect(formatDateText('2026-03-06T17:05', 'datetime')).toBe('06/03/2026 17:05');
  });
});

function Harness({ initial, kind }: { initial: string; kind: 'date' | 'datetime' }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label>
        Hạn
        <DateInput kind={kind} value={value} onChange={setValue} />
      </label>
      <output>{value}</output>
      <button type="button" onClick={() => setValue('2027-12-31T08:00')}>
        reset
      </button>
    </>
  );
}

describe('DateInput', () => {
  it('is a text field showing dd/mm/yyyy hh:mm and giving the form the native value', () => {
    render(<Harness initial="2026-06-01T17:00" kind="datetime" />);
    const input = screen.getByLabelText<HTMLInputElement>('Hạn');
    expect(input.type).toBe('text');
    expect(input.value).toBe('01/06/2026 17:00');
    fireEvent.change(input, { target: { value: '02/06/2026 08:15' } });
    expect(screen.getByRole('status').textContent).toBe('2026-06-02T08:15');
    fireEvent.change(input, { target: { value: '02/06/2026 8' } });
    expect(screen.getByRole('status').textContent).toBe('02/06/2026 8');
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(input.value).toBe('31/12/2027 08:00');
  });
});
