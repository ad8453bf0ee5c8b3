import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, renderApp, type Call } from '../../../test/fake-api';
import { FORM } from '../test/fixtures';

const CODE = 'K7M2QX9PWD4T';
const PATH = `/api/v1/public/survey/${CODE}`;

function api(handlers: Record<string, (call: Call) => Response>) {
  return fakeApi({ [`GET ${PATH}`]: () => json(FORM), ...handlers });
}

describe('the public answer page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers without signing in, outside the shell, and thanks once the form is stored', async () => {
    const { to, calls } = api({ [`POST ${PATH}`]: () => json({ stored: true }, 201) });
    renderApp(`/s/${CODE}`);
    expect(await screen.findByRole('heading', { name: 'Phiếu khảo sát ý kiến', level: 1 })).toBeTruthy();
    expect(screen.getByText('Sở Tư pháp')).toBeTruthy();
    expect(screen.getByText('Người dân, doanh nghiệp')).toBeTruthy();
    // No menu, no account, no session request; the anonymity statement is on the page.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(calls.some((call) => call.path.startsWith('/api/v1/auth'))).toBe(false);
    expect(screen.getByText(/không lưu mã phiếu/)).toBeTruthy();

    const first = screen.getByRole('group', { name: /Câu 1\. Thái độ phục vụ/ });
    const options = within(first).getAllByRole('radio');
    // The excluded option is last, in its own block.
    expect(options.map((radio) => (radio as HTMLInputElement).value)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(
      within(first).getByLabelText('Không biết / không trả lời').closest('.survey-options-apart'),
    ).toBeTruthy();

    fireEvent.click(within(first).getByLabelText('Rất tốt'));
    const third = screen.getByRole('group', { name: /Câu 3\./ });
    fireEvent.click(within(third).getByLabelText('Không biết / không trả lời'));
    expect(screen.getByText('Đã trả lời 2/3 câu')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phiếu' }));

    expect(await screen.findByRole('heading', { name: 'Cảm ơn bạn đã trả lời!' })).toBeTruthy();
    expect(to('POST', PATH)).toHaveLength(1);
    expect(to('POST', PATH)[0].body).toEqual({ answers: { '6.1': 'A', '6.3': 'E' } });
    expect(to('POST', PATH)[0].auth).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gửi phiếu' })).toBeNull();
  });

  it('asks for one answer before sending an empty form', async () => {
    const { to } = api({});
    renderApp(`/s/${CODE}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi phiếu' }));
    expect(await screen.findByText('Vui lòng trả lời ít nhất một câu trước khi gửi.')).toBeTruthy();
    expect(to('POST', PATH)).toHaveLength(0);
  });

  it('says plainly that a code was used, on opening it', async () => {
    api({ [`GET ${PATH}`]: () => problem(409, 'CODE_USED') });
    renderApp(`/s/${CODE}`);
    expect(await screen.findByRole('heading', { name: 'Mã phiếu này đã được sử dụng' })).toBeTruthy();
    expect(screen.getByText(/Mỗi mã chỉ dùng để trả lời một lần/)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('turns a submit refused as CODE_USED (a second tab sent first) into the same message', async () => {
    api({ [`POST ${PATH}`]: () => problem(409, 'CODE_USED') });
    renderApp(`/s/${CODE}`);
    fireEvent.click(await screen.findByLabelText('Tốt', { selector: `input[name="question-6.2"]` }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    expect(await screen.findByRole('heading', { name: 'Mã phiếu này đã được sử dụng' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi phiếu' })).toBeNull();
  });

  it('tells when the survey closed, with its date, not an error page', async () => {
    api({
      [`GET ${PATH}`]: () =>
        problem(409, 'SURVEY_CLOSED', {
          opensAt: '2026-10-31T17:00:00.000Z',
          closesAt: '2026-11-30T16:59:59.999Z',
        }),
    });
    renderApp(`/s/${CODE}`);
    expect(await screen.findByRole('heading', { name: 'Cuộc khảo sát đã kết thúc' })).toBeTruthy();
    expect(screen.getByText(/Cuộc khảo sát đã kết thúc ngày .*2026/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives the window of a survey not open yet', async () => {
    api({
      [`GET ${PATH}`]: () =>
        problem(409, 'SURVEY_NOT_OPEN', {
          opensAt: '2026-10-31T17:00:00.000Z',
          closesAt: '2026-11-30T16:59:59.999Z',
        }),
    });
    renderApp(`/s/${CODE}`);
    expect(await screen.findByRole('heading', { name: 'Cuộc khảo sát chưa bắt đầu' })).toBeTruthy();
    expect(screen.getByText(/Bạn có thể trả lời từ ngày .* đến hết ngày .*/)).toBeTruthy();
  });

  it('offers to type an unknown code again, and says when to retry after too many', async () => {
    api({ [`GET ${PATH}`]: () => problem(404, 'NOT_FOUND') });
    renderApp(`/s/${CODE}`);
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy mã phiếu' })).toBeTruthy();
    expect(screen.getByLabelText('Mã phiếu')).toBeTruthy();
    vi.unstubAllGlobals();

    api({ [`GET ${PATH}`]: () => problem(429, 'RATE_LIMITED', { retryAfter: 42 }) });
    renderApp(`/s/${CODE}`);
    expect(await screen.findByText('Vui lòng đợi khoảng 42 giây rồi thử lại.')).toBeTruthy();
  });

  it('opens a code typed on /s with dashes and small letters, and refuses one that cannot be a code', async () => {
    const { to } = api({});
    const router = renderApp('/s');
    const box = await screen.findByLabelText('Mã phiếu');
    fireEvent.change(box, { target: { value: 'k7m2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mở phiếu' }));
    expect(await screen.findByText(/Mã phiếu gồm 12 ký tự/)).toBeTruthy();
    fireEvent.change(box, { target: { value: 'k7m2-qx9p wd4t' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mở phiếu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/s/${CODE}`));
    expect(await screen.findByText('Sở Tư pháp')).toBeTruthy();
    expect(to('GET', PATH)).toHaveLength(1);
  });
});
