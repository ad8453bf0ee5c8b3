import assessmentsJson from '../__fixtures__/example/assessments.json';
import criteriaSetJson from '../__fixtures__/example/criteria-set.json';
import { makeSet } from '../__fixtures__/make-set';
import { parseAssessments } from './parse-assessments';
import { parseCriteriaSet } from './parse-criteria-set';

const parsedSet = parseCriteriaSet(criteriaSetJson);
if (!parsedSet.ok) throw new Error('the example set must parse');
const SET = parsedSet.value;

function doc(units: unknown[], extra: Record<string, unknown> = {}) {
  return { format: 'par-index.assessments/v1', criteriaSet: 'VD-SO-2026', units, ...extra };
}

function issuesOf(input: unknown, set = SET) {
  const result = parseAssessments(input, set);
  return result.ok ? [] : result.issues.map(({ code, unit, leaf, path }) => ({ code, unit, leaf, path }));
}

/** One unit of the example with one item replaced. */
function withItem(leaf: string, input: unknown, extra: Record<string, unknown> = {}) {
  const unit = { code: 'STP', group: 'departments', items: { [leaf]: input }, ...extra };
  return doc([unit]);
}

describe('parseAssessments', () => {
  it('parses the reference example into typed, exact inputs', () => {
    const result = parseAssessments(assessmentsJson, SET);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const stp = result.value.units[0];
    expect(result.value.units.map((unit) => unit.code)).toEqual(['STP', 'STC', 'SXD', 'SNV', 'HTU']);
    expect(stp).toMatchObject({
      code: 'STP',
      name: 'Sở Tư pháp',
      group: 'departments',
      bonusMilli: 500,
      penaltyMilli: 0,
    });
    expect(stp.items.get('2.1')).toEqual({
      measure: { kind: 'ratio', numerator: { units: 195, scale: 0 }, denominator: { units: 200, scale: 0 } },
    });
    expect(stp.items.get('3.1')).toEqual({
      // parallel to the rule's options A, B, C, D, E
      measure: { kind: 'counts', counts: [20, 8, 2, 0, 3] },
    });
    expect(result.value.units[2].items.get('2.2')).toEqual({ notApplicable: true });
    expect(result.value.units[1].items.get('2.2')).toEqual({ pointsMilli: 750 });
    // an option not given counts 0
    expect(result.value.units[1].items.get('3.1')).toEqual({
      measure: { kind: 'counts', counts: [15, 10, 5, 0, 0] },
    });
  });

  it.each<[string, unknown, { code: string; unit?: string; leaf?: string; path?: string }[]]>([
    ['not an object', null, [{ code: 'INVALID_FIELD', path: '' }]],
    ['wrong format', doc([], { format: 'x' }), [{ code: 'INVALID_FORMAT', path: '/format' }]],
    [
      'another criteria set',
      doc([], { criteriaSet: 'SO-2025' }),
      [{ code: 'CRITERIA_SET_MISMATCH', path: '/criteriaSet' }],
    ],
    ['units not an array', doc([], { units: {} }), [{ code: 'INVALID_FIELD', path: '/units' }]],
    [
      'unknown leaf',
      withItem('9.9', { value: true }),
      [{ code: 'UNKNOWN_LEAF', unit: 'STP', leaf: '9.9', path: '/units/0/items/9.9' }],
    ],
    [
      'input on a branch',
      withItem('1', { points: 1 }),
      [{ code: 'UNKNOWN_LEAF', unit: 'STP', leaf: '1', path: '/units/0/items/1' }],
    ],
    [
      'prototype key as leaf code',
      doc([{ code: 'STP', group: 'g', items: JSON.parse('{"__proto__": {"points": 1}}') }]),
      [{ code: 'UNKNOWN_LEAF', unit: 'STP', leaf: '__proto__', path: '/units/0/items/__proto__' }],
    ],
    [
      'counts on a boolean leaf',
      withItem('1.1', { counts: { A: 1 } }),
      [{ code: 'INPUT_KIND_MISMATCH', unit: 'STP', leaf: '1.1', path: '/units/0/items/1.1' }],
    ],
    [
      'a number on a boolean leaf',
      withItem('1.1', { value: 1 }),
      [{ code: 'INPUT_KIND_MISMATCH', unit: 'STP', leaf: '1.1', path: '/units/0/items/1.1' }],
    ],
    [
      'figures on a manual leaf',
      withItem('2.2', { value: 90 }),
      [{ code: 'INPUT_KIND_MISMATCH', unit: 'STP', leaf: '2.2', path: '/units/0/items/2.2' }],
    ],
    [
      'value and ratio together',
      withItem('1.2', { value: 90, numerator: 9, denominator: 10 }),
      [{ code: 'INPUT_CONFLICT', unit: 'STP', leaf: '1.2', path: '/units/0/items/1.2' }],
    ],
    [
      'not applicable with points',
      withItem('2.2', { notApplicable: true, points: 1 }),
      [{ code: 'INPUT_CONFLICT', unit: 'STP', leaf: '2.2', path: '/units/0/items/2.2' }],
    ],
    [
      'zero denominator',
      withItem('2.1', { numerator: 5, denominator: 0 }),
      [{ code: 'INVALID_RATIO', unit: 'STP', leaf: '2.1', path: '/units/0/items/2.1/denominator' }],
    ],
    [
      'negative numerator',
      withItem('2.1', { numerator: -5, denominator: 10 }),
      [{ code: 'INVALID_RATIO', unit: 'STP', leaf: '2.1', path: '/units/0/items/2.1/numerator' }],
    ],
    [
      'numerator without denominator',
      withItem('2.1', { numerator: 5 }),
      [{ code: 'INVALID_RATIO', unit: 'STP', leaf: '2.1', path: '/units/0/items/2.1' }],
    ],
    [
      'negative value on a ratio leaf',
      withItem('2.1', { value: -3 }),
      [{ code: 'VALUE_OUT_OF_RANGE', unit: 'STP', leaf: '2.1', path: '/units/0/items/2.1/value' }],
    ],
    [
      'non-numeric value',
      withItem('2.1', { value: 'chín mươi' }),
      [{ code: 'INVALID_DECIMAL', unit: 'STP', leaf: '2.1', path: '/units/0/items/2.1/value' }],
    ],
    [
      'fractional count',
      withItem('1.3', { count: 1.5 }),
      [{ code: 'INVALID_COUNT', unit: 'STP', leaf: '1.3', path: '/units/0/items/1.3/count' }],
    ],
    [
      'unknown survey option',
      withItem('3.1', { counts: { A: 3, F: 1 } }),
      [{ code: 'UNKNOWN_OPTION', unit: 'STP', leaf: '3.1', path: '/units/0/items/3.1/counts/F' }],
    ],
    [
      'negative survey count',
      withItem('3.1', { counts: { A: -1 } }),
      [{ code: 'INVALID_COUNT', unit: 'STP', leaf: '3.1', path: '/units/0/items/3.1/counts/A' }],
    ],
    [
      'mean percent above 100',
      withItem('3.1', { meanPercent: 100.5 }),
      [{ code: 'VALUE_OUT_OF_RANGE', unit: 'STP', leaf: '3.1', path: '/units/0/items/3.1/meanPercent' }],
    ],
    [
      'points above max',
      withItem('2.2', { points: 1.5 }),
      [{ code: 'POINTS_OUT_OF_RANGE', unit: 'STP', leaf: '2.2', path: '/units/0/items/2.2/points' }],
    ],
    [
      'points with 4 decimals',
      withItem('2.2', { points: 0.1255 }),
      [{ code: 'INVALID_DECIMAL', unit: 'STP', leaf: '2.2', path: '/units/0/items/2.2/points' }],
    ],
    [
      'unknown input field',
      withItem('2.2', { point: 1 }),
      [{ code: 'UNKNOWN_FIELD', unit: 'STP', leaf: '2.2', path: '/units/0/items/2.2/point' }],
    ],
    [
      'negative bonus',
      withItem('2.2', { points: 1 }, { bonus: -1 }),
      [{ code: 'POINTS_OUT_OF_RANGE', unit: 'STP', path: '/units/0/bonus' }],
    ],
    [
      'unit without group',
      doc([{ code: 'STP', items: {} }]),
      [{ code: 'INVALID_FIELD', unit: 'STP', path: '/units/0/group' }],
    ],
    [
      'duplicate unit',
      doc([
        { code: 'STP', group: 'g', items: {} },
        { code: 'STP', group: 'g', items: {} },
      ]),
      [{ code: 'DUPLICATE_CODE', unit: 'STP', path: '/units/1/code' }],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(
      expected.map((issue) => ({ unit: undefined, leaf: undefined, ...issue })),
    );
  });

  it('refuses a bonus or penalty when the set has no adjustments', () => {
    const set = makeSet([
      {
        code: '1',
        title: 'a',
        maxPoints: 1,
        children: [{ code: '1.1', title: 'b', maxPoints: 1, rule: { kind: 'manual' } }],
      },
    ]);
    const input = {
      format: 'par-index.assessments/v1',
      criteriaSet: 'TEST',
      units: [{ code: 'U', group: 'g', items: {}, bonus: 0.5, penalty: 0.25 }],
    };
    expect(issuesOf(input, set)).toEqual([
      { code: 'ADJUSTMENT_NOT_ALLOWED', unit: 'U', leaf: undefined, path: '/units/0/bonus' },
      { code: 'ADJUSTMENT_NOT_ALLOWED', unit: 'U', leaf: undefined, path: '/units/0/penalty' },
    ]);
    // an explicit 0 is harmless
    expect(
      parseAssessments({ ...input, units: [{ code: 'U', group: 'g', items: {}, bonus: 0 }] }, set).ok,
    ).toBe(true);
  });

  it('reports every problem of every unit, never only the first, and returns no partial result', () => {
    const input = doc([
      { code: 'A', group: 'g', items: { '1.1': { value: 3 }, '2.1': { numerator: 1, denominator: 0 } } },
      { code: 'B', group: 'g', items: { '3.1': { counts: { Z: 1 } } } },
      { code: 'C', group: 'g', items: { '2.2': { points: 1 } } },
    ]);
    const result = parseAssessments(input, SET);
    expect(result.ok).toBe(false);
    expect(issuesOf(input).map(({ code, unit, leaf }) => [code, unit, leaf])).toEqual([
      ['INPUT_KIND_MISMATCH', 'A', '1.1'],
      ['INVALID_RATIO', 'A', '2.1'],
      ['UNKNOWN_OPTION', 'B', '3.1'],
    ]);
  });

  it('names the unit and leaf in both messages', () => {
    const result = parseAssessments(withItem('1.3', { count: -2 }), SET);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'INVALID_COUNT',
          unit: 'STP',
          leaf: '1.3',
          path: '/units/0/items/1.3/count',
          message: 'Đơn vị STP, tiêu chí 1.3: số lượng phải là số nguyên từ 0 đến 1000000000, nhận được -2.',
          messageEn: 'Unit STP, leaf 1.3: a count must be an integer from 0 to 1000000000, got -2.',
        },
      ],
    });
  });
});
