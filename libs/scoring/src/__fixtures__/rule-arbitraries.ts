import fc from 'fast-check';
import type { DecimalV1, RuleV1, SurveyOptionV1, TierV1 } from '../model/interchange-v1.types';

/** The survey options a rule without `options` gets, in canonical v1 form. */
export const DEFAULT_SURVEY_OPTIONS_V1: readonly SurveyOptionV1[] = [
  { code: 'A', percent: 100 },
  { code: 'B', percent: 60 },
  { code: 'C', percent: 20 },
  { code: 'D', percent: 0 },
  { code: 'E', percent: 0, excluded: true },
];

/** The exact decimal text of `units / 10^scale` (`-1234, 2` → `-12.34`). */
function decimalText(units: number, scale: number): string {
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${units < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A decimal (given as exact text) as v1 JSON writes it: a number when that stays exact, or text, sometimes
 * with trailing zeros (`"1.250"`).
 */
function decimalV1(text: fc.Arbitrary<string>): fc.Arbitrary<DecimalV1> {
  return fc.tuple(text, fc.constantFrom('number', 'text', 'padded')).map(([exact, form]) => {
    if (form === 'padded') return exact.includes('.') ? `${exact}0` : `${exact}.0`;
    const digits = exact.replace(/[-.]/g, '').replace(/^0+/, '').length;
    return form === 'number' && digits <= 15 ? Number(exact) : exact;
  });
}

/** `units / 10^scale` as exact text, units and scale drawn from the given ranges. */
function scaled(minUnits: number, maxUnits: number, maxScale: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: minUnits, max: maxUnits }), fc.integer({ min: 0, max: maxScale }))
    .map(([units, scale]) => decimalText(units, scale));
}

/** Points 0..max (thousandths) as a v1 decimal. */
const points = (maxMilli: number): fc.Arbitrary<DecimalV1> =>
  decimalV1(fc.integer({ min: 0, max: maxMilli }).map((milli) => decimalText(milli, 3)));

/** Labels and codes that put the text form to the test: quotes, separators, line breaks, keywords. */
const awkwardText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'Đạt',
    'Hoàn thành "tốt"',
    '',
    '"',
    '""',
    '“Tốt”',
    'a; b: c = 1%',
    'dòng 1\ndòng 2',
    'còn lại',
    'không tính',
    '≥ 80%',
    ' có dấu cách ',
  ),
);

const BOUND_UNITS = 1_000_000_000;
const bound = decimalV1(scaled(-BOUND_UNITS, BOUND_UNITS, 6));
/** min ≤ max: two integers on one scale, in order. */
const bothBounds = fc
  .tuple(
    fc.integer({ min: -BOUND_UNITS, max: BOUND_UNITS }),
    fc.integer({ min: -BOUND_UNITS, max: BOUND_UNITS }),
    fc.integer({ min: 0, max: 6 }),
  )
  .chain(([a, b, scale]) =>
    fc.record({
      min: decimalV1(fc.constant(decimalText(Math.min(a, b), scale))),
      max: decimalV1(fc.constant(decimalText(Math.max(a, b), scale))),
    }),
  );

function tier(maxMilli: number): fc.Arbitrary<TierV1> {
  return fc
    .record({
      bounds: fc.oneof(
        bound.map((min) => ({ min })),
        bound.map((max) => ({ max })),
        bothBounds,
      ),
      points: points(maxMilli),
      label: fc.option(awkwardText, { nil: undefined }),
    })
    .map(({ bounds, points: p, label }) =>
      label === undefined ? { ...bounds, points: p } : { ...bounds, points: p, label },
    );
}

const surveyOption: fc.Arbitrary<SurveyOptionV1> = fc
  .record({
    code: fc.oneof(
      fc.constantFrom('A', 'B', 'C', 'D', 'E', 'a', 'Đ', 'X1', '_'),
      fc.string({ minLength: 1 }),
    ),
    percent: decimalV1(
      fc
        .integer({ min: 0, max: 3 })
        .chain((scale) =>
          fc.integer({ min: 0, max: 100 * 10 ** scale }).map((units) => decimalText(units, scale)),
        ),
    ),
    excluded: fc.option(fc.boolean(), { nil: undefined }),
    label: fc.option(awkwardText, { nil: undefined }),
  })
  .map(({ code, percent, excluded, label }) => ({
    code,
    percent,
    ...(excluded === undefined ? {} : { excluded }),
    ...(label === undefined ? {} : { label }),
  }));

function rule(maxMilli: number): fc.Arbitrary<RuleV1> {
  return fc.oneof(
    fc.constant<RuleV1>({ kind: 'manual' }),
    fc.constant<RuleV1>({ kind: 'boolean' }),
    fc
      .record({
        tiers: fc.array(tier(maxMilli), { minLength: 1, maxLength: 6 }),
        otherwise: fc.option(points(maxMilli), { nil: undefined }),
      })
      .map(({ tiers, otherwise }): RuleV1 =>
        otherwise === undefined ? { kind: 'tiers', tiers } : { kind: 'tiers', tiers, otherwise },
      ),
    fc
      .option(decimalV1(scaled(1, 10_000_000, 3)), { nil: undefined })
      .map((target): RuleV1 => (target === undefined ? { kind: 'ratio' } : { kind: 'ratio', target })),
    decimalV1(fc.integer({ min: 1, max: 1_000_000 }).map((milli) => decimalText(milli, 3))).map(
      (perItem): RuleV1 => ({ kind: 'deduction', perItem }),
    ),
    fc
      .option(
        fc
          .uniqueArray(surveyOption, { minLength: 1, maxLength: 20, selector: (option) => option.code })
          .map((options) =>
            options.every((option) => option.excluded)
              ? [{ ...options[0], excluded: false }, ...options.slice(1)]
              : options,
          ),
        { nil: undefined },
      )
      .map((options): RuleV1 => (options === undefined ? { kind: 'survey' } : { kind: 'survey', options })),
  );
}

/** A leaf max (0..100 points, as a number or text) and a rule of any kind that is valid against it. */
export const ruleWithMax: fc.Arbitrary<{ maxPoints: DecimalV1; rule: RuleV1 }> = fc
  .integer({ min: 0, max: 100_000 })
  .chain((maxMilli) =>
    fc.record({
      maxPoints: fc.constantFrom<DecimalV1>(maxMilli / 1000, decimalText(maxMilli, 3)),
      rule: rule(maxMilli),
    }),
  );
