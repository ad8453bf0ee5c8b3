import {
  ASSESSMENTS_FORMAT,
  createRandom,
  parseCriteriaSet,
  type AssessmentsV1,
  type CriteriaSet,
  type CriteriaSetV1,
  type LeafInputV1,
  type LeafNode,
  type RandomSource,
  type UnitAssessmentV1,
} from '@par/scoring';
import type { AssessedUnit, GenerateAssessmentsOptions } from '../model/demo.types';
import { appraiseLeafInput } from './appraise-leaf-input';
import { generateLeafInput } from './generate-leaf-input';
import { hashCode } from './hash-code';
import { unitStrength } from './unit-strength';

/** Where the guidance foresees it ("không áp dụng"), a leaf is not applicable for this share of units. */
const NOT_APPLICABLE_SHARE = 0.15;
/** Share of figures an appraiser overrides with points. */
const OVERRIDE_SHARE = 0.06;
const BONUSES = [0.25, 0.5, 0.75, 1, 1.5];
const PENALTIES = [0.5, 1, 1.5, 2];

/**
 * Deterministic, realistic `par-index.assessments/v1` for `units` on `set` (seeded sfc32 streams per
 * unit and per leaf: the same seed gives the same document, and a unit's figures do not depend on the
 * other units, nor on `fill` — a partial self-assessment is a subset of the complete one).
 *
 * Each leaf's quality is the unit's strength plus noise, turned into figures by rule kind; survey leaves
 * get ~30 respondents' answers. With `appraised` (default): appraisers' point overrides with reasons,
 * bonus for some strong units and penalty for some weak ones. Throws on an invalid set or `fill`.
 */
export function generateAssessments(
  set: CriteriaSetV1,
  units: readonly AssessedUnit[],
  options: GenerateAssessmentsOptions,
): AssessmentsV1 {
  const { seed, fill = 1, surveys = true, appraised = true } = options;
  if (!(fill >= 0 && fill <= 1))
    throw new RangeError(`generateAssessments: fill must lie in 0..1, got ${fill}`);
  const parsed = parseCriteriaSet(set);
  if (!parsed.ok) {
    throw new Error(`generateAssessments: invalid criteria set ${set.code}: ${parsed.issues[0].messageEn}`);
  }
  const model = parsed.value;
  const assessed = model.leaves.filter((l) => l.source !== 'survey');
  const given = Math.round(fill * assessed.length);

  return {
    format: ASSESSMENTS_FORMAT,
    criteriaSet: set.code,
    units: units.map((unit): UnitAssessmentV1 => {
      const strength = unitStrength(unit, seed);
      const chosen = new Set(pick(assessed, given, createRandom(hashCode(seed, unit.code, 'fill'))));
      const items: Record<string, LeafInputV1> = {};
      for (const leaf of model.leaves) {
        if (leaf.source === 'survey' ? surveys : chosen.has(leaf)) {
          items[leaf.code] = leafInput(
            leaf,
            strength,
            appraised,
            createRandom(hashCode(seed, unit.code, leaf.code)),
          );
        }
      }
      return {
        code: unit.code,
        ...(unit.name === undefined ? {} : { name: unit.name }),
        group: unit.group,
        items,
        ...(appraised ? adjustments(model, strength, createRandom(hashCode(seed, unit.code, 'adjust'))) : {}),
      };
    }),
  };
}

/** `count` of `items` at random, kept in set order. */
function pick<T>(items: readonly T[], count: number, random: RandomSource): T[] {
  const order = items.map((item) => ({ item, key: random.next() }));
  const keep = new Set(
    [...order]
      .sort((a, b) => a.key - b.key)
      .slice(0, count)
      .map((o) => o.item),
  );
  return items.filter((item) => keep.has(item));
}

function leafInput(leaf: LeafNode, strength: number, appraised: boolean, random: RandomSource): LeafInputV1 {
  const survey = leaf.source === 'survey';
  // Survey answers run a little below the appraised figures; every leaf draws its own noise.
  const quality = survey ? strength - 0.03 + 0.06 * random.normal() : strength + 0.1 * random.normal();
  const notApplicable =
    random.next() < NOT_APPLICABLE_SHARE && (leaf.guidance ?? '').includes('không áp dụng');
  const override = random.next() < OVERRIDE_SHARE;
  if (notApplicable) return { notApplicable: true, comment: 'Không phát sinh trong kỳ đánh giá.' };
  const input = generateLeafInput(leaf, quality, random);
  const figures = !survey && leaf.rule.kind !== 'manual';
  return appraised && override && figures ? appraiseLeafInput(leaf, input, random) : input;
}

function adjustments(
  set: CriteriaSet,
  strength: number,
  random: RandomSource,
): Pick<UnitAssessmentV1, 'bonus' | 'penalty'> {
  if (!set.adjustments) return {};
  const bonus = random.next() < (strength >= 0.88 ? 0.45 : 0.1) ? oneOf(BONUSES, random) : 0;
  const penalty = random.next() < (strength < 0.78 ? 0.45 : 0.05) ? oneOf(PENALTIES, random) : 0;
  return { ...(bonus ? { bonus } : {}), ...(penalty ? { penalty } : {}) };
}

function oneOf<T>(items: readonly T[], random: RandomSource): T {
  return items[Math.floor(random.next() * items.length)];
}
