import type { CriteriaSetV1 } from '@par/scoring';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, problem, renderApp, signedIn, type Call } from '../../../test/fake-api';
import type { SetIssue } from '../api/types';
import { detail, DOCUMENT, SET_ID, UNIT_TYPES } from '../test/fixtures';

const MISMATCH: SetIssue = {
  code: 'MAX_POINTS_MISMATCH',
  node: '1',
  field: '/nodes/0/maxPoints',
  message: 'Nút 1: điểm tối đa 4 khác tổng điểm tối đa của các nút con 3.',
  messageEn: "Node 1: maxPoints 4 differs from the sum of its children's maxPoints 3.",
};

/** The set with area 1 raised to 4 points while its children still sum to 3. */
const RAISED: CriteriaSetV1 = { ...DOCUMENT, nodes: [{ ...DOCUMENT.nodes[0], maxPoints: 4 }] };

function api(handlers: Record<string, (call: Call) => Response> = {}) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json(UNIT_TYPES),
    [`GET /api/v1/criteria-sets/${SET_ID}`]: () => json(detail(RAISED, { issues: [MISMATCH] })),
    ...handlers,
  });
}

const nodeItem = (name: RegExp) => screen.findByRole('listitem', { name });

describe('Criteria tree editor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows an open issue and the children’s total next to the node it names, and blocks publication', async () => {
    api();
    renderApp(`/criteria/${SET_ID}`);
    const area = await nodeItem(/^1 Công tác chỉ đạo/);
    const row = area.querySelector('.tree-details')!;
    expect(row.textContent).toContain('Nút 1: điểm tối đa 4 khác tổng điểm tối đa của các nút con 3.');
    expect(within(area).getByText('Σ điểm con 3 ≠ 4')).toBeTruthy();
    // The leaves carry no issue of their own.
    expect((await nodeItem(/^1\.1 /)).textContent).not.toContain('khác tổng');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Ban hành' }).disabled).toBe(true);
  });

  it('adds a child with a rule, then shows the issues the API answers with', async () => {
    const added = detail(
      {
        ...RAISED,
        nodes: [
          {
            ...RAISED.nodes[0],
            children: [
              ...RAISED.nodes[0].children!,
              {
                code: '1.3',
                title: 'Kiểm tra CCHC',
                maxPoints: 1.5,
                source: 'assessment',
                rule: { kind: 'boolean' },
              },
            ],
          },
        ],
      },
      {
        leafCount: 3,
        issues: [{ ...MISMATCH, message: 'Nút 1: điểm tối đa 4 khác tổng điểm tối đa của các nút con 4,5.' }],
      },
    );
    const { to } = api({ [`POST /api/v1/criteria-sets/${SET_ID}/nodes`]: () => json(added, 201) });
    renderApp(`/criteria/${SET_ID}`);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Thêm tiêu chí con 1 Công tác chỉ đạo, điều hành CCHC' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tiêu chí con của 1' });
    // Nothing typed yet: the preview asks for the maximum in words, no parser error naming "maxPoints".
    const preview = within(dialog).getByRole('region', { name: 'Thử chấm điểm' });
    expect(preview.textContent).toContain('Nhập điểm tối đa để thử chấm.');
    expect(dialog.textContent).not.toContain('maxPoints');
    fireEvent.change(within(dialog).getByLabelText(/^Mã \(STT\)/), { target: { value: '1.3' } });
    fireEvent.change(within(dialog).getByLabelText(/^Điểm tối đa/), { target: { value: '1,5' } });
    fireEvent.change(within(dialog).getByLabelText(/^Nội dung/), { target: { value: 'Kiểm tra CCHC' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(to('POST', `/api/v1/criteria-sets/${SET_ID}/nodes`)).toHaveLength(1));
    expect(to('POST', `/api/v1/criteria-sets/${SET_ID}/nodes`)[0].body).toEqual({
      parentCode: '1',
      code: '1.3',
      title: 'Kiểm tra CCHC',
      maxPoints: '1.5',
      rule: { kind: 'boolean' },
      source: 'assessment',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const area = await nodeItem(/^1 Công tác chỉ đạo/);
    expect(within(area).getByText('Σ điểm con 4,5 ≠ 4')).toBeTruthy();
    expect(area.textContent).toContain('các nút con 4,5.');
    expect(await nodeItem(/^1\.3 Kiểm tra CCHC/)).toBeTruthy();
  });

  it('moves a node down among its siblings and deletes one after confirmation', async () => {
    const { to } = api({
      [`PATCH /api/v1/criteria-sets/${SET_ID}/nodes/1.1`]: () => json(detail(RAISED, { issues: [MISMATCH] })),
      [`DELETE /api/v1/criteria-sets/${SET_ID}/nodes/1.2`]: () =>
        problem(409, 'CRITERIA_SET_FROZEN', { detail: 'SO-2026 đang ở trạng thái published' }),
    });
    renderApp(`/criteria/${SET_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Xuống 1.1 Ban hành kế hoạch CCHC' }));
    await waitFor(() =>
      expect(to('PATCH', `/api/v1/criteria-sets/${SET_ID}/nodes/1.1`)[0]?.body).toEqual({ position: 1 }),
    );
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Lên 1.1 Ban hành kế hoạch CCHC' }).disabled,
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa 1.2 Mức độ hoàn thành kế hoạch' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa tiêu chí 1.2?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Xóa' }));
    // Published meanwhile: the refusal is shown and the set is read again.
    expect(await within(confirm).findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(to('GET', `/api/v1/criteria-sets/${SET_ID}`).length).toBeGreaterThan(1));
  });

  it('deletes a node (204 No Content), then shows the set as read again', async () => {
    let deleted = false;
    const without12 = {
      ...RAISED,
      nodes: [{ ...RAISED.nodes[0], children: RAISED.nodes[0].children!.filter((c) => c.code !== '1.2') }],
    };
    const { to } = api({
      [`GET /api/v1/criteria-sets/${SET_ID}`]: () =>
        json(deleted ? detail(without12) : detail(RAISED, { issues: [MISMATCH] })),
      [`DELETE /api/v1/criteria-sets/${SET_ID}/nodes/1.2`]: () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    renderApp(`/criteria/${SET_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa 1.2 Mức độ hoàn thành kế hoạch' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa tiêu chí 1.2?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(to('DELETE', `/api/v1/criteria-sets/${SET_ID}/nodes/1.2`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /^1\.2 / })).toBeNull());
    expect(to('GET', `/api/v1/criteria-sets/${SET_ID}`).length).toBeGreaterThan(1);
  });

  it('is read only once published: no edits, but each leaf can still be tried out', async () => {
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('admin')),
      'GET /api/v1/unit-types': () => json(UNIT_TYPES),
      [`GET /api/v1/criteria-sets/${SET_ID}`]: () => json(detail(DOCUMENT, { status: 'published' })),
    });
    renderApp(`/criteria/${SET_ID}`);
    expect(await screen.findByText(/Bộ tiêu chí đã ban hành và bị khóa/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Sửa / })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm lĩnh vực' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Tên bộ tiêu chí/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Thử chấm 1.1 Ban hành kế hoạch CCHC' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thử chấm tiêu chí 1.1' });
    fireEvent.change(within(dialog).getByLabelText('Kết quả'), { target: { value: 'true' } });
    expect(within(dialog).getByRole('status').textContent).toContain('Được 1 / 1 điểm');
  });
});
