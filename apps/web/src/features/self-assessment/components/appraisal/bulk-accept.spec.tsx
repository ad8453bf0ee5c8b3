import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  item,
  PERIOD_ID,
  periodDetail,
  periodSummary,
  SET_DOCUMENT,
  SET_ID,
  stage,
} from '../../test/fixtures';
import { fakeApi, json, me, page, renderApp, signedIn } from '../../../../test/fake-api';
import type { AssessmentItem, QueueItem } from '../../api/types';

const PERIOD = `/api/v1/periods/${PERIOD_ID}`;

const queued = (leaf: AssessmentItem): QueueItem => ({
  ...leaf,
  source: 'assessment',
  unitCode: 'STP',
  unitName: 'Sở Tư pháp',
  assessmentStatus: 'submitted',
  round: 1,
  pending: true,
});

const QUEUE = [
  queued(item('1.1', { self: stage({ value: true }, 1), points: 1, version: 2 })),
  queued(item('2.1', { self: stage({ numerator: 19, denominator: 20 }, 1.9), points: 1.9, version: 1 })),
];

describe('Bulk accept', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('accepts every pending leaf in one request, says what happened, and undoes it', async () => {
    signedIn();
    const { to } = fakeApi({
      'GET /api/v1/auth/me': () => json(me('appraiser', { areaCodes: ['*'] })),
      'GET /api/v1/periods': () => page([periodSummary('appraisal')]),
      [`GET ${PERIOD}`]: () => json(periodDetail('appraisal')),
      [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
      [`GET ${PERIOD}/assessments`]: () => page([]),
      [`GET ${PERIOD}/appraisal-queue`]: (call) =>
        call.query.get('status') === 'all'
          ? json({ items: QUEUE.slice(0, 1), total: 2, pending: 2, page: 1, pageSize: 1 })
          : json({ items: QUEUE, total: 2, pending: 2, page: 1, pageSize: 50 }),
      [`POST ${PERIOD}/appraisal/bulk-accept`]: (call) =>
        (call.body as { undo?: boolean }).undo
          ? json({
              done: 1,
              refused: 0,
              items: [{ unitCode: 'STP', leafCode: '1.1', outcome: 'done', version: 4 }],
            })
          : json({
              done: 1,
              refused: 1,
              items: [
                { unitCode: 'STP', leafCode: '1.1', outcome: 'done', version: 3 },
                {
                  unitCode: 'STP',
                  leafCode: '2.1',
                  outcome: 'refused',
                  code: 'LEAF_NOT_IN_SCOPE',
                  message: 'Tiêu chí không thuộc phạm vi thẩm định của bạn: tiêu chí 2.1',
                  messageEn: 'The leaf is outside your appraisal scope: leaf 2.1',
                },
              ],
            }),
    });
    renderApp('/appraisal');
    fireEvent.click(await screen.findByRole('button', { name: 'Chấp nhận tất cả 2 tiêu chí đang chờ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chấp nhận hàng loạt 2 tiêu chí?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chấp nhận tất cả 2 tiêu chí đang chờ' }));
    await waitFor(() => expect(to('POST', `${PERIOD}/appraisal/bulk-accept`)).toHaveLength(1));
    expect(to('POST', `${PERIOD}/appraisal/bulk-accept`)[0].body).toEqual({
      items: [
        { unitCode: 'STP', leafCode: '1.1', version: 2 },
        { unitCode: 'STP', leafCode: '2.1', version: 1 },
      ],
    });
    const done = await screen.findByText('Đã thực hiện 1; bị từ chối 1.');
    const box = done.closest<HTMLElement>('.bulk-summary')!;
    expect(box.textContent).toContain(
      'Sở Tư pháp — tiêu chí 2.1: Tiêu chí không thuộc phạm vi thẩm định của bạn',
    );
    fireEvent.click(within(box).getByRole('button', { name: 'Hoàn tác thao tác vừa rồi' }));
    await waitFor(() => expect(to('POST', `${PERIOD}/appraisal/bulk-accept`)).toHaveLength(2));
    // Only what was done, at the version the accept answered.
    expect(to('POST', `${PERIOD}/appraisal/bulk-accept`)[1].body).toEqual({
      undo: true,
      items: [{ unitCode: 'STP', leafCode: '1.1', version: 3 }],
    });
    expect(await screen.findByText('Đã hoàn tác 1; không hoàn tác được 0.')).toBeTruthy();
  });
});
