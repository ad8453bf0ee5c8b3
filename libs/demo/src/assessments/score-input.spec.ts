import { parseCriteriaSet, type LeafNode } from '@par/scoring';
import { departmentCriteriaSet } from '../criteria/department-criteria-set';
import { scoreInput } from './score-input';

const parsed = parseCriteriaSet(departmentCriteriaSet(2025));
const leaf = (code: string): LeafNode =>
  (parsed.ok ? parsed.value.leaves.find((l) => l.code === code) : undefined)!;

describe('scoreInput', () => {
  it('scores an input as the engine does, in thousandths', () => {
    expect(scoreInput(leaf('3.3.1'), { numerator: 49, denominator: 50 })).toBe(2000);
    expect(scoreInput(leaf('3.3.3'), { value: 2.5 })).toBe(1000);
    expect(scoreInput(leaf('1.1.3'), { count: 2 })).toBe(500);
    expect(scoreInput(leaf('1.1.1'), { value: true, points: 0.25 })).toBe(250);
  });

  it('throws on an input the leaf refuses', () => {
    expect(() => scoreInput(leaf('1.4'), { value: 1 })).toThrow('scoreInput: 1.4 refuses {"value":1}');
  });
});
