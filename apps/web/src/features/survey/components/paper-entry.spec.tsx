import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, problem, renderApp, signedIn } from '../../../test/fake-api';
import { FORM, PERIOD_ID, periodDetail, periodSummary, survey } from '../test/fixtures';

const BASE = `/api/v1/periods/${PERIOD_ID}/survey`;

function api() {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('surveyor', { username: 'dieutra.buudien' })),
    'GET /api/v1/periods': () => page([periodSummary()]),
    [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail()),
    [`GET ${BASE}`]: () => json(survey()),
    [`GET ${BASE}/form`]: (call) =>
      call.query.get('group') === 'NGUOI-DAN' && call.query.get('unit') === 'STP'
        ? json(FORM)
        : problem(422, 'SURVEY_ANSWER_INVALID'),
    [`POST ${BASE}/forms`]: (call) => {
      const form = call.body as { serial: string; groupCode: string; unitCode: string };
      return form.serial === 'BD-000124'
        ? problem(409, 'SERIAL_EXISTS')
        : json({ serial: form.serial, groupCode: form.groupCode, unitCode: form.unitCode }, 201);
    },
  });
}

const focused = () => document.activeElement as HTMLElement;
const key = (key: string) => fireEvent.keyDown(focused(), { key });

describe('paper entry', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes a form from the keyboard: serial, Enter, one key per answer, Enter saves and starts the next', async () => {
    const { to } = api();
    renderApp('/survey?tab=paper');
    await screen.findByRole('heading', { name: 'Nhập phiếu giấy', level: 2 });
    // A surveyor never sees the setup.
    expect(screen.queryByRole('tab', { name: 'Thiết lập' })).toBeNull();
    const serial = screen.getByLabelText<HTMLInputElement>('Số phiếu');
    fireEvent.change(serial, { target: { value: 'BD-000123' } });
    fireEvent.change(screen.getByLabelText('Nhóm đối tượng'), { target: { value: 'NGUOI-DAN' } });
    const unit = screen.getByLabelText<HTMLSelectElement>('Đơn vị được đánh giá');
    // People and businesses rate every unit; the leaders of departments only departments.
    expect(within(unit).getAllByRole('option')).toHaveLength(4);
    fireEvent.change(unit, { target: { value: 'STP' } });
    await screen.findByRole('group', { name: /Câu 1\. Thái độ phục vụ/ });

    serial.focus();
    key('Enter');
    expect(focused()).toHaveProperty('name', 'question-6.1');
    key('b');
    expect(focused()).toHaveProperty('name', 'question-6.2');
    key('1');
    expect(focused()).toHaveProperty('name', 'question-6.3');
    key('Backspace');
    expect(focused()).toHaveProperty('name', 'question-6.2');
    key('Backspace');
    expect(
      screen.getByLabelText<HTMLInputElement>(/Rất tốt/, { selector: '[name="question-6.2"]' }).checked,
    ).toBe(false);
    key('4');
    expect(focused()).toHaveProperty('name', 'question-6.3');
    // 0 leaves the last question blank and lands on the save button (Enter there presses it).
    key('0');
    expect(focused()).toBe(screen.getByRole('button', { name: 'Lưu phiếu (Enter)' }));
    fireEvent.click(focused());

    await waitFor(() => expect(to('POST', `${BASE}/forms`)).toHaveLength(1));
    expect(to('POST', `${BASE}/forms`)[0].body).toEqual({
      serial: 'BD-000123',
      groupCode: 'NGUOI-DAN',
      unitCode: 'STP',
      answers: { '6.1': 'B', '6.2': 'D' },
    });
    expect(await screen.findByText('Đã lưu phiếu BD-000123 · 1 phiếu trong lượt nhập này')).toBeTruthy();
    // The next form: serial counted on, same group and unit, no answers, the cursor at the serial.
    expect(serial.value).toBe('BD-000124');
    expect(screen.getByLabelText<HTMLSelectElement>('Nhóm đối tượng').value).toBe('NGUOI-DAN');
    expect(unit.value).toBe('STP');
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((radio) => radio.checked)).toBe(false);
    expect(focused()).toBe(serial);

    // BD-000124 is on file already: said at the serial, the answers stay for a corrected serial.
    key('Enter');
    key('a');
    key('Enter');
    const error = await screen.findByText('Phiếu số BD-000124 đã được nhập trước đó');
    expect(error.getAttribute('role')).toBe('alert');
    expect(serial.getAttribute('aria-invalid')).toBe('true');
    expect(focused()).toBe(serial);
    expect(
      screen.getByLabelText<HTMLInputElement>(/Rất tốt/, { selector: '[name="question-6.1"]' }).checked,
    ).toBe(true);
    fireEvent.change(serial, { target: { value: 'BD-000125' } });
    expect(screen.queryByText('Phiếu số BD-000124 đã được nhập trước đó')).toBeNull();
    key('Enter');
    key('Enter');
    await waitFor(() => expect(to('POST', `${BASE}/forms`)).toHaveLength(3));
    expect(to('POST', `${BASE}/forms`)[2].body).toMatchObject({
      serial: 'BD-000125',
      answers: { '6.1': 'A' },
    });
    // A long journey through a whole page in jsdom: given more than the suite's 20 s on a loaded machine.
  }, 30_000);

  it('asks for the serial, the group and unit, and one answer before sending anything', async () => {
    const { to } = api();
    renderApp('/survey?tab=paper');
    const serial = await screen.findByLabelText('Số phiếu');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu phiếu (Enter)' }));
    expect(await screen.findByText('Nhập số phiếu in trên phiếu giấy')).toBeTruthy();
    fireEvent.change(serial, { target: { value: 'BD-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu phiếu (Enter)' }));
    expect(await screen.findByText('Chọn nhóm đối tượng và đơn vị được đánh giá')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nhóm đối tượng'), { target: { value: 'NGUOI-DAN' } });
    fireEvent.change(screen.getByLabelText('Đơn vị được đánh giá'), { target: { value: 'STP' } });
    await screen.findByRole('group', { name: /Câu 1\./ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu phiếu (Enter)' }));
    expect(await screen.findByText('Phiếu chưa có câu trả lời nào')).toBeTruthy();
    expect(to('POST', `${BASE}/forms`)).toHaveLength(0);
  });
});
