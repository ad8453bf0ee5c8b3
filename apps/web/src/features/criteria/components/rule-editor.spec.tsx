import {
  describeLeafScore,
  formatPoints,
  parseCriteriaSet,
  parseLeafInput,
  scoreLeaf,
  type CriteriaSetV1,
  type LeafInputV1,
} from '@par/scoring';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, renderApp, signedIn } from '../../../test/fake-api';
import { detail, DOCUMENT, SET_ID, UNIT_TYPES } from '../test/fixtures';

/** What libs/scoring itself gives leaf `code` of `document` for `input`: the numbers the API would store. */
function libScore(document: CriteriaSetV1, code: string, input: LeafInputV1) {
  const set = parseCriteriaSet(document);
  if (!set.ok) throw new Error('fixture does not validate');
  const leaf = set.value.leaves.find((candidate) => candidate.code === code)!;
  const parsed = parseLeafInput(leaf, input);
  if (!parsed.ok) throw new Error('input does not validate');
  const score = scoreLeaf(leaf, parsed.value);
  return {
    points: `Được ${formatPoints(score.pointsMilli, { trimZeros: true })} / ${formatPoints(score.maxMilli, { trimZeros: true })} điểm`,
    text: describeLeafScore(leaf, score, 'vi'),
  };
}

function api() {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json(UNIT_TYPES),
    [`GET /api/v1/criteria-sets/${SET_ID}`]: () => json(detail()),
    [`PATCH /api/v1/criteria-sets/${SET_ID}/nodes/1.2`]: () => json(detail()),
  });
}

async function editLeaf() {
  fireEvent.click(await screen.findByRole('button', { name: 'Sửa 1.2 Mức độ hoàn thành kế hoạch' }));
  return screen.findByRole('dialog', { name: 'Sửa tiêu chí 1.2' });
}

describe('Rule editor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('previews a sample input with exactly the points and explanation libs/scoring gives', async () => {
    api();
    renderApp(`/criteria/${SET_ID}`);
    const dialog = await editLeaf();
    const preview = within(dialog).getByRole('region', { name: 'Thử chấm điểm' });
    expect(within(dialog).getByText(/Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm/)).toBeTruthy();

    fireEvent.change(within(preview).getByLabelText('Giá trị (%)'), { target: { value: '85,5' } });
    const expected = libScore(DOCUMENT, '1.2', { value: '85.5' });
    const result = within(preview).getByRole('status');
    expect(result.textContent).toContain(expected.points);
    expect(result.textContent).toContain(expected.text);

    // A fraction goes through the same parser: 19/21 = 90,476 % → tier 2.
    fireEvent.click(within(preview).getByLabelText('Nhập dạng tử số / mẫu số'));
    fireEvent.change(within(preview).getByLabelText('Tử số'), { target: { value: '19' } });
    fireEvent.change(within(preview).getByLabelText('Mẫu số'), { target: { value: '21' } });
    const fraction = libScore(DOCUMENT, '1.2', { numerator: 19, denominator: 21 });
    expect(within(preview).getByRole('status').textContent).toContain(fraction.text);
  });

  it('validates the rule live next to the input, then saves it in canonical v1 form', async () => {
    const { to } = api();
    renderApp(`/criteria/${SET_ID}`);
    const dialog = await editLeaf();

    const points = within(dialog).getByLabelText('Mức 1: Điểm');
    fireEvent.change(points, { target: { value: '3' } });
    expect(points.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('điểm 3 nằm ngoài khoảng 0..2.')).toBeTruthy();
    expect(within(dialog).getByText('Sửa phương pháp chấm cho hợp lệ để thử chấm.')).toBeTruthy();
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Lưu' }).disabled).toBe(true);

    // Switch to a ratio against a 95 % target: the preview scores like the lib would on the saved rule.
    fireEvent.change(within(dialog).getByLabelText('Cách chấm'), { target: { value: 'ratio' } });
    fireEvent.change(within(dialog).getByLabelText('Mục tiêu'), { target: { value: '95' } });
    expect(within(dialog).getByText(/Tỷ lệ so với mục tiêu 95%/)).toBeTruthy();
    const preview = within(dialog).getByRole('region', { name: 'Thử chấm điểm' });
    fireEvent.click(within(preview).getByLabelText('Nhập dạng tử số / mẫu số'));
    fireEvent.change(within(preview).getByLabelText('Tử số'), { target: { value: '19' } });
    fireEvent.change(within(preview).getByLabelText('Mẫu số'), { target: { value: '21' } });
    const ratioSet: CriteriaSetV1 = {
      ...DOCUMENT,
      nodes: [
        {
          ...DOCUMENT.nodes[0],
          children: [
            DOCUMENT.nodes[0].children![0],
            { ...DOCUMENT.nodes[0].children![1], rule: { kind: 'ratio', target: 95 } },
          ],
        },
      ],
    };
    const expected = libScore(ratioSet, '1.2', { numerator: 19, denominator: 21 });
    expect(within(preview).getByRole('status').textContent).toContain(expected.points);
    expect(expected.points).toBe('Được 1,905 / 2 điểm');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(to('PATCH', `/api/v1/criteria-sets/${SET_ID}/nodes/1.2`)).toHaveLength(1));
    expect(to('PATCH', `/api/v1/criteria-sets/${SET_ID}/nodes/1.2`)[0].body).toEqual({
      rule: { kind: 'ratio', target: 95 },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
