import { createRandom, parseCriteriaSet, type LeafInputV1, type LeafNode } from '@par/scoring';
import { departmentCriteriaSet } from '../criteria/department-criteria-set';
import { generateLeafInput } from './generate-leaf-input';
import { scoreInput } from './score-input';

const parsed = parseCriteriaSet(departmentCriteriaSet(2025));
const leaf = (code: string): LeafNode =>
  (parsed.ok ? parsed.value.leaves.find((l) => l.code === code) : undefined)!;

/** 400 inputs for a leaf at a quality, and the mean share of its max they score. */
function draw(code: string, quality: number): { inputs: LeafInputV1[]; share: number } {
  const random = createRandom(7);
  const inputs = Array.from({ length: 400 }, () => generateLeafInput(leaf(code), quality, random));
  const share = inputs.reduce((s, input) => s + scoreInput(leaf(code), input), 0) / 400 / leaf(code).maxMilli;
  return { inputs, share };
}

describe('generateLeafInput', () => {
  it.each([
    ['1.1.1', 'boolean'],
    ['1.4', 'manual'],
    ['1.1.3', 'deduction'],
    ['1.3.1', 'ratio'],
    ['8.2', 'ratio, target 90'],
    ['3.3.1', 'tiers by min, percentages'],
    ['3.1.2', 'tiers by min, counts'],
    ['3.3.3', 'tiers by max, percentages'],
    ['7.4.2', 'tiers by max, counts'],
    ['8.4.1', 'survey'],
  ])('%s (%s): good units score high, weak ones lower, every input valid', (code) => {
    const good = draw(code, 0.95).share;
    const weak = draw(code, 0.55).share;
    expect(good).toBeGreaterThan(0.75);
    expect(weak).toBeLessThan(good - 0.1);
  });

  it('is deterministic for a given random source', () => {
    const a = generateLeafInput(leaf('8.4.1'), 0.8, createRandom(1));
    expect(generateLeafInput(leaf('8.4.1'), 0.8, createRandom(1))).toEqual(a);
  });

  it('gives the figures a rule takes, plausibly', () => {
    expect(draw('1.1.1', 0.8).inputs.every((i) => typeof i.value === 'boolean')).toBe(true);
    expect(
      draw('1.4', 0.8).inputs.every(
        (i) => Object.keys(i).join() === 'points' && (Number(i.points) * 4) % 1 === 0,
      ),
    ).toBe(true);
    expect(
      draw('1.1.3', 0.6).inputs.every(
        (i) => Number.isInteger(i.count) && Number(i.count) >= 0 && Number(i.count) < 10,
      ),
    ).toBe(true);
    for (const input of draw('3.3.1', 0.8).inputs) {
      if (input.value !== undefined) expect(Number(input.value)).toBeLessThanOrEqual(100);
      else expect(Number(input.numerator)).toBeLessThanOrEqual(Number(input.denominator));
    }
    expect(draw('3.1.2', 0.8).inputs.every((i) => Number.isInteger(i.value))).toBe(true);
  });

  it('counts dossiers by the hundred and tasks by the dozen', () => {
    const denominators = (code: string) =>
      draw(code, 0.9).inputs.flatMap((i) => (i.denominator ? [Number(i.denominator)] : []));
    expect(Math.min(...denominators('3.3.1'))).toBeGreaterThanOrEqual(80);
    expect(Math.max(...denominators('1.3.1'))).toBeLessThan(45);
  });

  it('asks ~30 respondents, a few of whom do not know, or gives a mean', () => {
    const { inputs } = draw('8.4.1', 0.85);
    const counted = inputs.filter((i) => i.counts);
    for (const { counts } of counted) {
      expect(Object.keys(counts ?? {})).toEqual(['A', 'B', 'C', 'D', 'E']);
      const total = Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(26);
      expect(total).toBeLessThanOrEqual(34);
    }
    expect(counted.some((i) => Number(i.counts?.E) > 0)).toBe(true);
    expect(inputs.filter((i) => i.meanPercent !== undefined).length).toBeGreaterThan(5);
  });
});
