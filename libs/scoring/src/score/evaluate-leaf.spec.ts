import fc from 'fast-check';
import { criteriaNodes, unitAssessment } from '../__fixtures__/arbitraries';
import { makeInput, makeLeaf, makeSet, makeUnit } from '../__fixtures__/make-set';
import { evaluateLeaf, MISSING, NOT_APPLICABLE, type ExplanationSink } from './evaluate-leaf';
import { scoreLeaf } from './score-leaf';

describe('evaluateLeaf', () => {
  const ratio = makeLeaf({ kind: 'ratio' }, 2);

  it('encodes not applicable and missing as negative results', () => {
    expect(evaluateLeaf(ratio, makeInput(ratio, { notApplicable: true }), null)).toBe(NOT_APPLICABLE);
    expect(evaluateLeaf(ratio, undefined, null)).toBe(MISSING);
    expect(evaluateLeaf(ratio, makeInput(ratio, { value: 50 }), null)).toBe(1000);
  });

  it('writes an explanation only into a given sink', () => {
    const sink: ExplanationSink = { explanation: { case: 'notApplicable' } };
    expect(evaluateLeaf(ratio, makeInput(ratio, { value: 150 }), sink)).toBe(2000);
    expect(sink.explanation).toMatchObject({ case: 'ratio', capped: true });
  });

  it('scores exactly what scoreLeaf scores, with or without an explanation', () => {
    const scenario = criteriaNodes.chain((nodes) =>
      unitAssessment(nodes, 'U', fc.constant('g'), false).map((assessment) => ({ nodes, assessment })),
    );
    fc.assert(
      fc.property(scenario, ({ nodes, assessment }) => {
        const set = makeSet(nodes);
        const unit = makeUnit(set, assessment);
        for (const leaf of set.leaves) {
          const input = unit.items.get(leaf.code);
          const fast = evaluateLeaf(leaf, input, null);
          const full = scoreLeaf(leaf, input);
          expect([Math.max(fast, 0), fast === NOT_APPLICABLE, fast === MISSING]).toEqual([
            full.pointsMilli,
            full.notApplicable,
            full.missing,
          ]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
