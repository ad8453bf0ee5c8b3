import { fromMilli, type LeafInputV1, type LeafNode, type RandomSource, type Rule } from '@par/scoring';
import { decimalValue } from './decimal-value';
import { scoreInput } from './score-input';

type RuleOf<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

const clamp = (x: number, low: number, high: number): number => Math.min(high, Math.max(low, x));
const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

/**
 * Plausible figures for one leaf from a unit's `quality` there (0..1, ≈ the share of the max it earns):
 * a yes/no, a count of faults, a percentage (often as numerator / denominator: dossiers on time of all
 * dossiers), an appraiser's points for a manual leaf, or the answers of ~30 survey respondents.
 */
export function generateLeafInput(leaf: LeafNode, quality: number, random: RandomSource): LeafInputV1 {
  const q = clamp(quality, 0, 1);
  const rule = leaf.rule;
  switch (rule.kind) {
    case 'boolean':
      return { value: random.next() < q + 0.05 };
    case 'manual':
      return { points: fromMilli(Math.round((leaf.maxMilli * q) / 250) * 250) };
    case 'deduction':
      return { count: poisson((1 - q) * 3, random) };
    case 'ratio':
      return ratioInput(leaf, rule, q, random);
    case 'tiers':
      return tiersInput(leaf, rule, q, random);
    case 'survey':
      return surveyInput(rule, q, random);
  }
}

/** Knuth's method: small counts (faults, late reports) with mean `mean`. */
function poisson(mean: number, random: RandomSource): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let p = random.next(); p > limit; p *= random.next()) count++;
  return count;
}

/** A percentage near target × quality (never above 100 %), as a value or as counted figures. */
function ratioInput(leaf: LeafNode, rule: RuleOf<'ratio'>, q: number, random: RandomSource): LeafInputV1 {
  const target = decimalValue(rule.target);
  const percent = Math.min(100, target * Math.min(1.1, q + 0.04));
  return random.next() < 0.6 ? asFigures(leaf, percent, random) : { value: oneDecimal(percent) };
}

/**
 * `numerator / denominator × 100 ≈ percent`: dossiers and outgoing documents come by the hundred or thousand (2,140 on
 * time out of 2,152), late dossiers, tasks, plans and staff by the dozen (17 of 19 tasks).
 */
function asFigures(leaf: LeafNode, percent: number, random: RandomSource): LeafInputV1 {
  const many = /hồ sơ|văn bản đi/.test(leaf.title) && !leaf.title.includes('trễ hạn');
  const denominator = many ? 80 + Math.floor(random.next() * 2400) : 5 + Math.floor(random.next() * 40);
  return { numerator: Math.round((percent * denominator) / 100), denominator };
}

/**
 * The figure whose tier earns the share of the max nearest to `q`: candidates around every tier bound
 * (whole numbers for counts, one decimal for percentages), each scored by the engine.
 */
function tiersInput(leaf: LeafNode, rule: RuleOf<'tiers'>, q: number, random: RandomSource): LeafInputV1 {
  const bounds = rule.tiers
    .flatMap((t) => [t.min, t.max])
    .filter((b) => b !== null)
    .map(decimalValue);
  const percentages = Math.max(...bounds) > 10;
  const candidates = percentages ? percentCandidates(bounds, random) : countCandidates(bounds);
  let best: { input: LeafInputV1; distance: number } | null = null;
  for (const value of shuffle(candidates, random)) {
    const input = percentages && random.next() < 0.5 ? asFigures(leaf, value, random) : { value };
    const distance = Math.abs(scoreInput(leaf, input) / leaf.maxMilli - q);
    if (!best || distance < best.distance) best = { input, distance };
  }
  return best?.input ?? { value: 0 };
}

function percentCandidates(bounds: readonly number[], random: RandomSource): number[] {
  const sorted = [...new Set(bounds)].sort((a, b) => a - b);
  const edges = [Math.max(0, sorted[0] - 20), ...sorted, 100];
  const between = edges.slice(1).map((high, i) => oneDecimal(edges[i] + random.next() * (high - edges[i])));
  return [...sorted, ...between].filter((v) => v >= 0 && v <= 100);
}

function countCandidates(bounds: readonly number[]): number[] {
  return Array.from({ length: Math.ceil(Math.max(...bounds)) + 3 }, (_, i) => i);
}

function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * 26–34 respondents; each answers the counted option whose weight is nearest to a draw around `q`,
 * about 6 % answer an excluded option ("don't know"). One leaf in twenty comes as a mean (an online form).
 */
function surveyInput(rule: RuleOf<'survey'>, q: number, random: RandomSource): LeafInputV1 {
  if (random.next() < 0.05) return { meanPercent: oneDecimal(q * 100) };
  const counted = rule.options.filter((o) => !o.excluded);
  const excluded = rule.options.find((o) => o.excluded);
  const counts = Object.fromEntries(rule.options.map((o) => [o.code, 0]));
  const respondents = 26 + Math.floor(random.next() * 9);
  for (let i = 0; i < respondents; i++) {
    if (excluded && random.next() < 0.06) {
      counts[excluded.code]++;
      continue;
    }
    const draw = q + 0.2 * random.normal();
    const nearest = counted.reduce((a, b) =>
      Math.abs(decimalValue(b.percent) / 100 - draw) < Math.abs(decimalValue(a.percent) / 100 - draw) ? b : a,
    );
    counts[nearest.code]++;
  }
  return { counts };
}
