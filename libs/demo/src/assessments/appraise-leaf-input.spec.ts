import { createRandom, parseCriteriaSet, type LeafNode } from '@par/scoring';
import { departmentCriteriaSet } from '../criteria/department-criteria-set';
import { appraiseLeafInput } from './appraise-leaf-input';

const parsed = parseCriteriaSet(departmentCriteriaSet(2025));
const leaf = (code: string): LeafNode =>
  (parsed.ok ? parsed.value.leaves.find((l) => l.code === code) : undefined)!;

describe('appraiseLeafInput', () => {
  it('usually lowers to the quarter point below what the figures score, with a reason', () => {
    const results = Array.from({ length: 40 }, (_, seed) =>
      appraiseLeafInput(leaf('1.3.1'), { numerator: 17, denominator: 20 }, createRandom(seed)),
    );
    const lowered = results.filter((r) => r.points === 1.5);
    const raised = results.filter((r) => r.points === 1.75);
    expect(lowered.length + raised.length).toBe(40);
    expect(lowered.length).toBeGreaterThan(raised.length);
    expect(lowered[0]).toMatchObject({ numerator: 17, denominator: 20, comment: expect.any(String) });
    expect(raised[0].comment).toBe('Chấp nhận giải trình và tài liệu kiểm chứng bổ sung của đơn vị.');
  });

  it('lowers a leaf at its max, raises a leaf at 0', () => {
    expect(appraiseLeafInput(leaf('1.1.1'), { value: true }, createRandom(1)).points).toBe(0.25);
    expect(appraiseLeafInput(leaf('1.1.1'), { value: false }, createRandom(1)).points).toBe(0.25);
    expect(appraiseLeafInput(leaf('3.3.1'), { value: 100 }, createRandom(1)).points).toBe(2.25);
  });

  it('leaves the input alone when no quarter point fits', () => {
    const tiny: LeafNode = { ...leaf('1.1.1'), maxMilli: 200 };
    expect(appraiseLeafInput(tiny, { value: false }, createRandom(1))).toEqual({ value: false });
  });
});
