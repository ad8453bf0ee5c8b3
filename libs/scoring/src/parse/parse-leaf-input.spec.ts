import { makeLeaf } from '../__fixtures__/make-set';
import { parseLeafInput } from './parse-leaf-input';

const RATIO = makeLeaf({ kind: 'ratio' }, 2);

describe('parseLeafInput', () => {
  it.each([
    [{ value: 97.5 }, { measure: { kind: 'value', value: { units: 975, scale: 1 } } }],
    [{ value: '97.5' }, { measure: { kind: 'value', value: { units: 975, scale: 1 } } }],
    [
      { numerator: 19.5, denominator: 20 },
      {
        measure: { kind: 'ratio', numerator: { units: 195, scale: 1 }, denominator: { units: 20, scale: 0 } },
      },
    ],
    [
      { points: 1.25, value: 90, comment: 'thẩm định vòng 2' },
      { pointsMilli: 1250, measure: { kind: 'value', value: { units: 90, scale: 0 } } },
    ],
    [{ notApplicable: true }, { notApplicable: true }],
    [{ notApplicable: false }, {}],
    [{}, {}],
  ])('reads %p', (raw, expected) => {
    expect(parseLeafInput(RATIO, raw)).toEqual({ ok: true, value: expected });
  });

  it('reports problems with paths relative to the item and the leaf code', () => {
    expect(parseLeafInput(RATIO, { points: 3, numerator: 1, denominator: 0, notApplicable: 'yes' })).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ code: 'INVALID_FIELD', leaf: '1.1', path: '/notApplicable' }),
        expect.objectContaining({ code: 'POINTS_OUT_OF_RANGE', leaf: '1.1', path: '/points' }),
        expect.objectContaining({ code: 'INVALID_RATIO', leaf: '1.1', path: '/denominator' }),
      ],
    });
  });

  it('refuses figures that would not stay exact', () => {
    const result = parseLeafInput(RATIO, { numerator: 9_000_000_000_000, denominator: 0.001 });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['VALUE_OUT_OF_RANGE']);
  });

  it.each([[[]], ['x'], [null]])('refuses %p as an item', (raw) => {
    const result = parseLeafInput(RATIO, raw);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_FIELD', ''],
    ]);
  });
});
