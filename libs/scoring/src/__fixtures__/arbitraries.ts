import fc from 'fast-check';
import type { CriteriaNodeV1, LeafInputV1, RuleV1, UnitAssessmentV1 } from '../model/interchange-v1.types';

/** A decimal JSON number from thousandths (exact: the division is correctly rounded). */
const points = (milli: number): number => milli / 1000;

interface LeafSpec {
  readonly maxMilli: number;
  readonly rule: RuleV1;
}

const leafSpec: fc.Arbitrary<LeafSpec> = fc.integer({ min: 0, max: 5000 }).chain((maxMilli) => {
  const share = fc.integer({ min: 0, max: maxMilli });
  const rule: fc.Arbitrary<RuleV1> = fc.oneof(
    fc.constant<RuleV1>({ kind: 'manual' }),
    fc.constant<RuleV1>({ kind: 'boolean' }),
    fc
      .record({
        tiers: fc.array(fc.record({ bound: fc.integer({ min: 0, max: 100 }), isMax: fc.boolean(), share }), {
          minLength: 1,
          maxLength: 4,
        }),
        otherwise: share,
      })
      .map(({ tiers, otherwise }): RuleV1 => ({
        kind: 'tiers',
        tiers: tiers.map((tier) =>
          tier.isMax
            ? { max: tier.bound, points: points(tier.share) }
            : { min: tier.bound, points: points(tier.share) },
        ),
        otherwise: points(otherwise),
      })),
    fc.integer({ min: 1, max: 100 }).map((target): RuleV1 => ({ kind: 'ratio', target })),
    fc
      .integer({ min: 1, max: 2000 })
      .map((perItem): RuleV1 => ({ kind: 'deduction', perItem: points(perItem) })),
    fc.constant<RuleV1>({ kind: 'survey' }),
  );
  return rule.map((r) => ({ maxMilli, rule: r }));
});

/** Areas → criteria → leaves, codes `1`, `1.2`, `1.2.3`; every branch max = Σ children. */
export const criteriaNodes: fc.Arbitrary<CriteriaNodeV1[]> = fc
  .array(fc.array(fc.array(leafSpec, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((areas) =>
    areas.map((criteria, a) => {
      const children = criteria.map((leaves, c) => {
        const leafNodes: CriteriaNodeV1[] = leaves.map((leaf, l) => ({
          code: `${a + 1}.${c + 1}.${l + 1}`,
          title: `Tiêu chí ${a + 1}.${c + 1}.${l + 1}`,
          maxPoints: points(leaf.maxMilli),
          source: leaf.rule.kind === 'survey' ? 'survey' : 'assessment',
          rule: leaf.rule,
        }));
        return {
          code: `${a + 1}.${c + 1}`,
          title: `Tiêu chí ${a + 1}.${c + 1}`,
          maxPoints: points(leaves.reduce((sum, leaf) => sum + leaf.maxMilli, 0)),
          children: leafNodes,
        };
      });
      const maxMilli = criteria.flat().reduce((sum, leaf) => sum + leaf.maxMilli, 0);
      return { code: `${a + 1}`, title: `Lĩnh vực ${a + 1}`, maxPoints: points(maxMilli), children };
    }),
  );

/** Every leaf of generated areas, in order. */
export function leavesOf(nodes: readonly CriteriaNodeV1[]): CriteriaNodeV1[] {
  return nodes.flatMap((node) => (node.children?.length ? leavesOf(node.children) : [node]));
}

/** A valid input for a leaf, or none (missing). */
function leafInput(leaf: CriteriaNodeV1): fc.Arbitrary<LeafInputV1 | undefined> {
  const maxMilli = Math.round(Number(leaf.maxPoints) * 1000);
  const common: fc.Arbitrary<LeafInputV1 | undefined>[] = [
    fc.constant(undefined),
    fc.constant({ notApplicable: true }),
    fc.integer({ min: 0, max: maxMilli }).map((milli) => ({ points: points(milli) })),
  ];
  const measured: fc.Arbitrary<LeafInputV1>[] = [];
  switch (leaf.rule?.kind) {
    case 'boolean':
      measured.push(fc.boolean().map((value) => ({ value })));
      break;
    case 'tiers':
    case 'ratio':
      measured.push(
        fc.integer({ min: 0, max: 150_000 }).map((value) => ({ value: value / 1000 })),
        fc
          .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
          .map(([denominator, share]) => ({ numerator: Math.min(share, denominator), denominator })),
      );
      break;
    case 'deduction':
      measured.push(fc.integer({ min: 0, max: 20 }).map((count) => ({ count })));
      break;
    case 'survey':
      measured.push(
        fc
          .record({
            A: fc.nat(50),
            B: fc.nat(50),
            C: fc.nat(50),
            D: fc.nat(50),
            E: fc.nat(50),
          })
          .map((counts) => ({ counts })),
        fc.integer({ min: 0, max: 100_000 }).map((mean) => ({ meanPercent: mean / 1000 })),
      );
      break;
    default:
      break;
  }
  return fc.oneof(...common, ...measured);
}

/** A unit's v1 assessment for the given areas; bonus/penalty only when `adjustments` is true. */
export function unitAssessment(
  nodes: readonly CriteriaNodeV1[],
  code: string,
  group: fc.Arbitrary<string>,
  adjustments: boolean,
): fc.Arbitrary<UnitAssessmentV1> {
  const leaves = leavesOf(nodes);
  const adjustment = adjustments ? fc.integer({ min: 0, max: 5000 }).map(points) : fc.constant(0);
  return fc
    .record({
      inputs: fc.tuple(...leaves.map(leafInput)),
      group,
      bonus: adjustment,
      penalty: adjustment,
    })
    .map(({ inputs, group: g, bonus, penalty }) => {
      const items: Record<string, LeafInputV1> = {};
      inputs.forEach((input, i) => {
        if (input !== undefined) items[leaves[i].code] = input;
      });
      return { code, group: g, items, bonus, penalty };
    });
}
