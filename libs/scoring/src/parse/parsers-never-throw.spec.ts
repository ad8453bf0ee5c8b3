import fc from 'fast-check';
import criteriaSetJson from '../__fixtures__/example/criteria-set.json';
import assessmentsJson from '../__fixtures__/example/assessments.json';
import type { DecimalV1 } from '../model/interchange-v1.types';
import type { ParseResult } from '../model/issue.types';
import { ISSUE_CODES } from '../model/issue.types';
import { parseRuleText } from '../rule/parse-rule-text';
import { parseAssessments } from './parse-assessments';
import { parseBands } from './parse-bands';
import { parseCriteriaSet } from './parse-criteria-set';
import { parseLeafInput } from './parse-leaf-input';
import { validateRule } from './validate-rule';

const parsedSet = parseCriteriaSet(criteriaSetJson);
if (!parsedSet.ok) throw new Error('the reference criteria set must parse');
const set = parsedSet.value;

/** `depth` arrays or objects nested in one another around `inner` (built without recursion). */
function nest(depth: number, inner: unknown, asObject: boolean): unknown {
  let value = inner;
  for (let level = 0; level < depth; level += 1) value = asObject ? { code: value } : [value];
  return value;
}

/** A copy of `document` with the value at `path` replaced (the parents on the way are created). */
function replaceAt(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (
    Array.isArray(document)
      ? [...(document as unknown[])]
      : typeof document === 'object' && document !== null
        ? { ...(document as Record<string, unknown>) }
        : {}
  ) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, value);
  return copy;
}

const deepValue: fc.Arbitrary<unknown> = fc
  .record({
    depth: fc.integer({ min: 1, max: 20_000 }),
    inner: fc.jsonValue({ maxDepth: 2 }),
    asObject: fc.boolean(),
  })
  .map(({ depth, inner, asObject }) => nest(depth, inner, asObject));

/** Any JSON value, or one nested thousands of levels deep. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 4 }), deepValue);

/** Places inside valid documents where a hostile value does the most harm. */
const SET_PATHS: readonly (readonly (string | number)[])[] = [
  [],
  ['code'],
  ['year'],
  ['bands'],
  ['bands', 0],
  ['bands', 0, 'minIndex'],
  ['adjustments'],
  ['adjustments', 'bonusMax'],
  ['nodes'],
  ['nodes', 0],
  ['nodes', 0, 'code'],
  ['nodes', 0, 'title'],
  ['nodes', 0, 'maxPoints'],
  ['nodes', 0, 'children'],
  ['nodes', 0, 'children', 0, 'rule'],
  ['nodes', 0, 'children', 0, 'rule', 'kind'],
  ['nodes', 0, 'children', 1, 'rule', 'tiers'],
  ['nodes', 0, 'children', 1, 'rule', 'tiers', 0, 'min'],
  ['nodes', 0, 'children', 1, 'rule', 'otherwise'],
  ['nodes', 0, 'children', 1, 'source'],
  ['nodes', 0, 'children', 1, 'guidance'],
  ['nodes', 0, 'children', 1, 'unknownField'],
];
const ASSESSMENT_PATHS: readonly (readonly (string | number)[])[] = [
  [],
  ['format'],
  ['criteriaSet'],
  ['units'],
  ['units', 0],
  ['units', 0, 'code'],
  ['units', 0, 'bonus'],
  ['units', 0, 'items'],
  ['units', 0, 'items', '1.1'],
  ['units', 0, 'items', '1.2', 'numerator'],
  ['units', 0, 'items', '3.1', 'counts'],
  ['units', 0, 'items', '3.1', 'counts', 'A'],
  ['units', 0, 'items', 'no-such-leaf'],
];

/** The result is a well-formed ParseResult: a value, or coded issues with both messages. */
function expectParseResult(result: ParseResult<unknown>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(typeof issue.message).toBe('string');
    expect(typeof issue.messageEn).toBe('string');
  }
}

describe('no parser ever throws on a JSON value', () => {
  it('turns the 5,000-deep array from the bug report into coded issues', () => {
    const deep: unknown = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
    const results = [
      parseCriteriaSet(deep),
      parseAssessments(deep, set),
      parseLeafInput(set.leaves[0], deep),
      parseBands(deep),
      validateRule(deep, 1),
      validateRule({ kind: 'boolean' }, deep as string),
    ];
    expect(results.map((result) => (result.ok ? 'ok' : result.issues.map((issue) => issue.code)))).toEqual([
      ['INVALID_FIELD'],
      ['INVALID_FIELD'],
      ['INVALID_FIELD'],
      ['INVALID_FIELD'],
      ['INVALID_FIELD'],
      ['INVALID_DECIMAL'],
    ]);
    expect(results[0]).toEqual({
      ok: false,
      issues: [
        {
          code: 'INVALID_FIELD',
          path: '',
          message: `"(gốc / root)" phải là một đối tượng JSON, nhận được ${'['.repeat(37)}....`,
          messageEn: `"(gốc / root)" must be a JSON object, got ${'['.repeat(37)}....`,
        },
      ],
    });
  });

  it('parseCriteriaSet, parseBands, validateRule and parseRuleText: any value, at the root or inside a valid set', () => {
    fc.assert(
      fc.property(anyValue, fc.constantFrom(...SET_PATHS), (value, path) => {
        const document = replaceAt(criteriaSetJson, path, value);
        expectParseResult(parseCriteriaSet(document));
        expectParseResult(parseBands(value));
        expectParseResult(validateRule(value, 2));
        expectParseResult(validateRule({ kind: 'tiers', tiers: [{ min: value, points: value }] }, 2));
        expectParseResult(validateRule({ kind: 'survey', options: [value] }, value as string));
        expectParseResult(parseRuleText(value as string, value as DecimalV1));
      }),
    );
  });

  it('parseAssessments and parseLeafInput: any value, at the root or inside valid assessments', () => {
    fc.assert(
      fc.property(anyValue, fc.constantFrom(...ASSESSMENT_PATHS), (value, path) => {
        expectParseResult(parseAssessments(replaceAt(assessmentsJson, path, value), set));
        for (const leaf of set.leaves) {
          expectParseResult(parseLeafInput(leaf, value));
          expectParseResult(parseLeafInput(leaf, { value, numerator: value, counts: value }));
        }
      }),
    );
  });
});
