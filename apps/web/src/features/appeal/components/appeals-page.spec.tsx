import type { Role } from '@par/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, problem, renderApp, signedIn } from '../../../test/fake-api';
import type { Appeal, AppealList } from '../api/types';

const PERIOD = '00000000-0000-4000-8000-000000000017';
const APPEAL = '00000000-0000-4000-8000-0000000000a1';

const appeal = (extra: Partial<Appeal> = {}): Appeal => ({
  id: APPEAL,
  unitCode: 'STP',
  unitName: 'Sở Tư pháp',
  publicationVersion: 1,
  status: 'pending',
  filedBy: 'unit_editor.user',
  filedAt: '2027-02-20T03:00:00.000Z',
  version: 1,
  leaves: [
    {
      leafCode: '1.1',
      title: 'Ban hành kế hoạch CCHC',
      reason: 'Kế hoạch đã ban hành ngày 10/01',
      publishedInput: { value: false },
      outcome: null,
      correctedInput: null,
      decisionReason: null,
      decidedBy: null,
      decidedAt: null,
      evidence: [],
    },
  ],
  ...extra,
});

const list = (extra: Partial<AppealList> = {}): AppealList => ({
  appealDays: 15,
  deadline: '2027-03-02T03:00:00.000Z',
  open: true,
  pending: 1,
  unpublishedSnapshot: null,
  appeals: [],
  ...extra,
});

function api(role: Role, answer: AppealList) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me(role)),
    [`GET /api/v1/periods/${PERIOD}/appeals`]: () => json(answer),
    [`GET /api/v1/periods/${PERIOD}/assessments/STP`]: () =>
      json({
        items: [
          { leafCode: '1.1', title: 'Ban hành kế hoạch CCHC' },
          { leafCode: '1.2', title: 'Tỷ lệ hồ sơ đúng hạn' },
        ],
      }),
    [`POST /api/v1/periods/${PERIOD}/appeals`]: () => json(appeal(), 201),
    [`POST /api/v1/periods/${PERIOD}/appeals/${APPEAL}/decisions`]: () =>
      json({ appeal: appeal({ status: 'decided' }), computed: null }),
    [`POST /api/v1/periods/${PERIOD}/publish`]: () => json({ version: 2 }),
  });
}

describe('appeals (phúc khảo)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the unit files an appeal on a chosen leaf with its reason while the window is open', async () => {
    const { to } = api('unit_editor', list());
    renderApp(`/periods/${PERIOD}/appeals`);
    expect(await screen.findByText(/Đang nhận phúc khảo đến/)).toBeTruthy();
    const form = await screen.findByRole('form', { name: 'Đề nghị phúc khảo' });
    await within(form).findByRole('option', { name: '1.2 — Tỷ lệ hồ sơ đúng hạn' });
    fireEvent.change(within(form).getByLabelText('Tiêu chí'), { target: { value: '1.2' } });
    fireEvent.change(within(form).getByLabelText('Lý do'), {
      target: { value: 'Tỷ lệ tính nhầm hồ sơ năm trước' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Gửi đề nghị' }));
    expect(await screen.findByText('Đã gửi đề nghị phúc khảo.')).toBeTruthy();
    expect(to('POST', `/api/v1/periods/${PERIOD}/appeals`)[0].body).toEqual({
      leaves: [{ leafCode: '1.2', reason: 'Tỷ lệ tính nhầm hồ sơ năm trước' }],
    });
  });

  it('after the window the unit sees it closed and no form', async () => {
    api('unit_head', list({ open: false, appeals: [appeal()] }));
    renderApp(`/periods/${PERIOD}/appeals`);
    expect(await screen.findByText(/Hết thời hạn phúc khảo/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Đề nghị phúc khảo' })).toBeNull();
    expect(screen.getByText('Chờ kết luận')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Kết luận 1.1' })).toBeNull();
  });

  it('the council upholds a leaf with the corrected input (JSON checked before sending)', async () => {
    const { to } = api('appraiser', list({ appeals: [appeal()] }));
    renderApp(`/periods/${PERIOD}/appeals`);
    const form = await screen.findByRole('form', { name: 'Kết luận 1.1' });
    fireEvent.change(within(form).getByLabelText('Số liệu thẩm định lại (JSON)'), {
      target: { value: 'đúng' },
    });
    fireEvent.change(within(form).getByLabelText('Lý do kết luận'), {
      target: { value: 'Minh chứng đầy đủ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Kết luận' }));
    expect(await within(form).findByText(/Số liệu phải là JSON/)).toBeTruthy();
    expect(to('POST', `/api/v1/periods/${PERIOD}/appeals/${APPEAL}/decisions`)).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText('Số liệu thẩm định lại (JSON)'), {
      target: { value: '{"value": true}' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Kết luận' }));
    await waitFor(() =>
      expect(to('POST', `/api/v1/periods/${PERIOD}/appeals/${APPEAL}/decisions`)).toHaveLength(1),
    );
    expect(to('POST', `/api/v1/periods/${PERIOD}/appeals/${APPEAL}/decisions`)[0].body).toEqual({
      version: 1,
      leaves: [
        { leafCode: '1.1', outcome: 'upheld', correctedInput: { value: true }, reason: 'Minh chứng đầy đủ' },
      ],
    });
  });

  it('the admin publishes the recomputed results as a new version under its own decision', async () => {
    const snapshot = {
      id: '00000000-0000-4000-8000-000000000052',
      seq: 2,
      provisional: false,
      appeal: true,
      inputsHash: 'a'.repeat(64),
      computedBy: 'admin',
      computedAt: '2027-03-03T03:00:00.000Z',
    };
    const { to } = api(
      'admin',
      list({
        open: false,
        pending: 0,
        unpublishedSnapshot: snapshot,
        appeals: [appeal({ status: 'decided' })],
      }),
    );
    renderApp(`/periods/${PERIOD}/appeals`);
    expect(await screen.findByText(/lần tính #2/)).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Công bố phiên bản mới' });
    fireEvent.change(within(form).getByLabelText('Số quyết định'), { target: { value: '210/QĐ-UBND' } });
    fireEvent.change(within(form).getByLabelText('Ngày quyết định'), { target: { value: '2027-03-20' } });
    fireEvent.change(within(form).getByLabelText('Người ký'), { target: { value: 'Nguyễn Văn Ánh' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Công bố phiên bản mới' }));
    expect(await within(form).findByText('Đã công bố phiên bản 2.')).toBeTruthy();
    expect(to('POST', `/api/v1/periods/${PERIOD}/publish`)[0].body).toEqual({
      decisionNo: '210/QĐ-UBND',
      decisionDate: '2027-03-20',
      signer: 'Nguyễn Văn Ánh',
    });
  });

  it('shows the API’s refusal (e.g. appeals still pending)', async () => {
    const snapshot = {
      id: '00000000-0000-4000-8000-000000000052',
      seq: 2,
      provisional: false,
      appeal: true,
      inputsHash: 'a'.repeat(64),
      computedBy: 'admin',
      computedAt: '2027-03-03T03:00:00.000Z',
    };
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('admin')),
      [`GET /api/v1/periods/${PERIOD}/appeals`]: () => json(list({ unpublishedSnapshot: snapshot })),
      [`POST /api/v1/periods/${PERIOD}/publish`]: () => problem(409, 'APPEALS_PENDING'),
    });
    renderApp(`/periods/${PERIOD}/appeals`);
    const form = await screen.findByRole('form', { name: 'Công bố phiên bản mới' });
    fireEvent.change(within(form).getByLabelText('Số quyết định'), { target: { value: '210/QĐ-UBND' } });
    fireEvent.change(within(form).getByLabelText('Ngày quyết định'), { target: { value: '2027-03-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Công bố phiên bản mới' }));
    expect(await within(form).findByText(/Còn đề nghị phúc khảo chưa có kết luận/)).toBeTruthy();
  });
});
