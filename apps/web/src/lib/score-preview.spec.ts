import {
  describeLeafScore,
  parseCriteriaSet,
  parseLeafInput,
  scoreLeaf,
  type LeafInputV1,
  type LeafNode,
  type RuleV1,
} from '@par/scoring';
import { describe, expect, it } from 'vitest';
import { criteriaSetDocument, leaf } from '../test/criteria-set';
import { previewLeafScore } from './score-preview';

/** One leaf as libs/scoring parses it. */
function leafWith(rule: RuleV1, maxPoints = 2): LeafNode {
  const set = parseCriteriaSet(
    criteriaSetDocument([leaf('1', 'leaf', maxPoints, rule, { source: 'assessment' })]),
  );
  if (!set.ok) throw new Error('fixture does not validate');
  return set.value.leaves[0];
}

const tiers = leafWith({
  kind: 'tiers',
  tiers: [
    { min: 100, points: 2 },
    { min: 80, points: 1 },
  ],
  otherwise: 0,
});
const deduction = leafWith({ kind: 'deduction', perItem: 0.25 }, 1);

describe('previewLeafScore', () => {
  it('gives exactly the points, max and explanation @par/scoring gives', () => {
    const inputs: Array<[LeafNode, LeafInputV1]> = [
      [tiers, { value: 85 }],
      [tiers, { numerator: 17, denominator: 20 }],
      [tiers, { points: 1.5 }],
      [deduction, { count: 3 }],
    ];
    for (const [leaf, input] of inputs) {
      const parsed = parseLeafInput(leaf, input);
      if (!parsed.ok) throw new Error('input does not validate');
      const score = scoreLeaf(leaf, parsed.value);
      for (const lang of ['vi', 'en'] as const) {
        expect(previewLeafScore(leaf, input, lang)).toEqual({
          ok: true,
          pointsMilli: score.pointsMilli,
          maxMilli: score.maxMilli,
          missing: score.missing,
          notApplicable: score.notApplicable,
          why: describeLeafScore(leaf, score, lang),
        });
      }
    }
    expect(previewLeafScore(tiers, { value: 85 }, 'vi')).toMatchObject({ pointsMilli: 1000, maxMilli: 2000 });
  });

  it('scores no input as 0, missing; and "not applicable" as such', () => {
    expect(previewLeafScore(tiers, null, 'vi')).toMatchObject({ ok: true, pointsMilli: 0, missing: true });
    expect(previewLeafScore(tiers, { notApplicable: true }, 'vi')).toMatchObject({
      ok: true,
      notApplicable: true,
    });
  });

  it('reports an input the rule does not take with the parser’s own issues', () => {
    const bad = { count: '1,5' } as unknown as LeafInputV1;
    const parsed = parseLeafInput(deduction, bad);
    if (parsed.ok) throw new Error('expected a parse failure');
    expect(previewLeafScore(deduction, bad, 'vi')).toEqual({ ok: false, issues: parsed.issues });
  });
});
