import { parseCriteriaSet, parseLeafInput, scoreLeaf, type LeafNode } from '@par/scoring';
import { describe, expect, it } from 'vitest';
import { previewLeafScore } from '../../lib/score-preview';
import { SET_DOCUMENT } from './test/fixtures';
import { EMPTY_INPUT, inputValuesOf, leafInputOf } from './leaf-input';

const parsed = parseCriteriaSet(SET_DOCUMENT);
if (!parsed.ok) throw new Error('fixture set');
const leaf = (code: string) => parsed.value.nodesByCode.get(code) as LeafNode;

describe('leaf input ⇄ form values', () => {
  it('reads a Vietnamese decimal comma and whole counts, and leaves anything else for the lib to report', () => {
    expect(leafInputOf('tiers', { ...EMPTY_INPUT, value: '95,5' })).toEqual({ value: 95.5 });
    expect(
      leafInputOf('ratio', { ...EMPTY_INPUT, mode: 'fraction', numerator: '19', denominator: '20' }),
    ).toEqual({
      numerator: 19,
      denominator: 20,
    });
    expect(leafInputOf('boolean', { ...EMPTY_INPUT, answer: 'no' })).toEqual({ value: false });
    expect(leafInputOf('deduction', { ...EMPTY_INPUT, count: '2' })).toEqual({ count: 2 });
    expect(leafInputOf('manual', { ...EMPTY_INPUT, points: '0,75' })).toEqual({ points: 0.75 });
    expect(leafInputOf('tiers', { ...EMPTY_INPUT, mode: 'points', points: '1' })).toEqual({ points: 1 });
    expect(leafInputOf('tiers', { ...EMPTY_INPUT, notApplicable: true, value: '3' })).toEqual({
      notApplicable: true,
    });
    expect(leafInputOf('tiers', EMPTY_INPUT)).toBeNull();
    expect(leafInputOf('survey', { ...EMPTY_INPUT, value: '3' })).toBeNull();

    const bad = leafInputOf('deduction', { ...EMPTY_INPUT, count: '1,5' });
    const preview = previewLeafScore(leaf('1.3'), bad, 'vi');
    expect(preview.ok).toBe(false);
  });

  it('shows stored inputs as typed in the reader’s language, and round-trips them', () => {
    expect(inputValuesOf({ value: 95.5 }, 'vi').value).toBe('95,5');
    expect(inputValuesOf({ value: 95.5 }, 'en').value).toBe('95.5');
    const fraction = inputValuesOf({ numerator: 19, denominator: 20 }, 'vi');
    expect(fraction.mode).toBe('fraction');
    expect(leafInputOf('ratio', fraction)).toEqual({ numerator: 19, denominator: 20 });
    expect(inputValuesOf({ points: 1.25 }, 'vi')).toMatchObject({ mode: 'points', points: '1,25' });
  });

  it('previews exactly the points @par/scoring gives', () => {
    const cases: Array<[string, Parameters<typeof leafInputOf>[1]]> = [
      ['1.1', { ...EMPTY_INPUT, answer: 'yes' }],
      ['1.2', { ...EMPTY_INPUT, value: '79,999' }],
      ['1.2', { ...EMPTY_INPUT, mode: 'fraction', numerator: '17', denominator: '20' }],
      ['1.3', { ...EMPTY_INPUT, count: '5' }],
      ['2.1', { ...EMPTY_INPUT, value: '99,99' }],
      ['2.2', { ...EMPTY_INPUT, points: '0,125' }],
    ];
    for (const [code, values] of cases) {
      const input = leafInputOf(leaf(code).rule.kind, values);
      const lib = parseLeafInput(leaf(code), input);
      if (!lib.ok) throw new Error(code);
      const preview = previewLeafScore(leaf(code), input, 'vi');
      expect(preview.ok && preview.pointsMilli).toBe(scoreLeaf(leaf(code), lib.value).pointsMilli);
    }
    const none = previewLeafScore(leaf('1.1'), null, 'vi');
    expect(none).toMatchObject({ ok: true, pointsMilli: 0, missing: true });
  });
});
