import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fieldProblem, json, me, page, renderApp, signedIn } from '../../../test/fake-api';
import { FakeXhr, problemBody } from '../../../test/fake-xhr';
import { PERIOD_ID, periodDetail, periodSummary, survey } from '../test/fixtures';

const CSV = 'serial,group,unit,6.1,6.2\nBD-1,NGUOI-DAN,STP,A,B\nBD-2,NGUOI-DAN,STP,Z,\n';

async function pick(file: File) {
  fireEvent.change(await screen.findByLabelText('Tệp phiếu'), { target: { files: [file] } });
}

describe('forms import', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('surveyor')),
      'GET /api/v1/periods': () => page([periodSummary()]),
      [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail()),
      [`GET /api/v1/periods/${PERIOD_ID}/survey`]: () => json(survey()),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends a CSV as the raw body with its type, shows the upload, then what was imported and skipped', async () => {
    renderApp('/survey?tab=import');
    await pick(new File([CSV], 'phieu-buu-dien.csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0];
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/api/v1/periods/${PERIOD_ID}/survey/forms/import`);
    expect(xhr.headers['Content-Type']).toBe('text/csv');
    expect(xhr.headers.Authorization).toBe('Bearer access-1');
    // The file itself is the body (no multipart wrapping).
    expect(xhr.body).toBeInstanceOf(File);
    expect((xhr.body as File).name).toBe('phieu-buu-dien.csv');

    act(() => xhr.progress(30, 60));
    expect(await screen.findByText('Đang tải lên 50%')).toBeTruthy();
    act(() => xhr.progress(60, 60));
    expect(await screen.findByText('Đang kiểm tra và lưu phiếu…')).toBeTruthy();
    act(() => xhr.respond(200, { imported: 1, skipped: 1 }));
    expect(await screen.findByText('Đã nhập 1 phiếu; bỏ qua 1 phiếu đã có.')).toBeTruthy();
  });

  it('lists a refused file’s errors by row, with the total when the API lists only the first ones', async () => {
    renderApp('/survey?tab=import');
    await pick(new File(['{}'], 'phieu.xlsx'));
    fireEvent.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect(FakeXhr.sent[0].headers['Content-Type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    act(() =>
      FakeXhr.sent[0].respond(
        422,
        problemBody(422, 'SURVEY_FORMS_INVALID', {
          errorCount: 1500,
          errors: [
            fieldProblem(
              'UNKNOWN_OPTION',
              { leaf: '6.1', option: '"Z"', options: ['A', 'B', 'C', 'D', 'E'] },
              { row: 2, field: 'forms.1.answers.6.1', leaf: '6.1' },
            ),
            fieldProblem('UNKNOWN_UNIT', { unit: 'X-ABC' }, { row: 7, field: 'forms.6.unit', unit: 'X-ABC' }),
          ],
        }),
      ),
    );
    const table = await screen.findByRole('table', { name: 'Lỗi theo dòng' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['2', '7']);
    expect(within(rows[0]).getByText(/phương án "Z" không có/)).toBeTruthy();
    expect(within(rows[1]).getByText('UNKNOWN_UNIT')).toBeTruthy();
    expect(screen.getByText('Hiện 2 trên tổng số 1.500 lỗi:')).toBeTruthy();
  });

  it('refuses a file that is not JSON, CSV or .xlsx before sending it', async () => {
    renderApp('/survey?tab=import');
    await pick(new File(['x'], 'phieu.pdf'));
    expect(await screen.findByText('Chỉ nhận tệp .json, .csv hoặc .xlsx')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    expect(FakeXhr.sent).toHaveLength(0);
  });
});
