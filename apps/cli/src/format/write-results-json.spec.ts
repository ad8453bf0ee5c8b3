import {
  buildResults,
  parseAssessments,
  parseCriteriaSet,
  scoreUnits,
  type CriteriaSetV1,
} from '@par/scoring';
import { readFileSync } from 'node:fs';
import { EXAMPLE_ASSESSMENTS, EXAMPLE_SET } from '../../test/memory-io';
import { writeResultsJson } from './write-results-json';

function scored(setJson: unknown, assessmentsJson: unknown) {
  const set = parseCriteriaSet(setJson);
  if (!set.ok) throw new Error(JSON.stringify(set.issues));
  const assessments = parseAssessments(assessmentsJson, set.value);
  if (!assessments.ok) throw new Error(JSON.stringify(assessments.issues));
  return { set: set.value, units: scoreUnits(set.value, assessments.value) };
}

function text(
  set: Parameters<typeof writeResultsJson>[0],
  units: Parameters<typeof writeResultsJson>[1],
  pretty: boolean,
) {
  let out = '';
  writeResultsJson(set, units, (chunk) => (out += chunk), pretty);
  return out;
}

/** Codes that are not array indices, so JSON.stringify keeps set order too. */
const LETTERED: CriteriaSetV1 = {
  format: 'par-index.criteria-set/v1',
  code: 'X "quoted"',
  name: 'x',
  year: 2026,
  unitType: 'commune',
  bands: [{ code: 'A', label: 'A', minIndex: 50 }],
  nodes: [
    {
      code: 'A',
      title: 'a',
      maxPoints: 3,
      children: [
        { code: 'A.1', title: 'a1', maxPoints: 1.5, rule: { kind: 'manual' } },
        { code: 'A.2', title: 'a2', maxPoints: 1.5, rule: { kind: 'manual' } },
      ],
    },
    {
      code: 'B',
      title: 'b',
      maxPoints: 1,
      children: [{ code: 'B.1', title: 'b1', maxPoints: 1, rule: { kind: 'manual' } }],
    },
  ],
};
const LETTERED_UNITS = {
  format: 'par-index.assessments/v1',
  criteriaSet: 'X "quoted"',
  units: [
    { code: 'U1', group: 'g/1', items: { 'A.1': { points: 1.234 }, 'B.1': { notApplicable: true } } },
    { code: 'U2', group: 'g/1', items: {} },
    {
      code: 'U3',
      group: 'h',
      items: {
        'A.1': { notApplicable: true },
        'A.2': { notApplicable: true },
        'B.1': { notApplicable: true },
      },
    },
  ],
};

describe('writeResultsJson', () => {
  it('writes exactly what JSON.stringify writes for buildResults, pretty and compact', () => {
    const { set, units } = scored(LETTERED, LETTERED_UNITS);
    const document = buildResults(set, units);
    expect(text(set, units, true)).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(text(set, units, false)).toBe(`${JSON.stringify(document)}\n`);
  });

  it('writes the same document as buildResults for the reference example (nodes in set order)', () => {
    const { set, units } = scored(
      JSON.parse(readFileSync(EXAMPLE_SET, 'utf8')),
      JSON.parse(readFileSync(EXAMPLE_ASSESSMENTS, 'utf8')),
    );
    const written = text(set, units, true);
    expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(buildResults(set, units))));
    expect(Object.keys((JSON.parse(written) as { units: { nodes: object }[] }).units[0].nodes)).toEqual(
      expect.arrayContaining(['1', '1.1', '3.1']),
    );
    expect(written.indexOf('"1.1"')).toBeLessThan(written.indexOf('"2"'));
  });

  it('writes an empty unit list', () => {
    const { set } = scored(LETTERED, { ...LETTERED_UNITS, units: [] });
    expect(text(set, [], true)).toBe(`${JSON.stringify(buildResults(set, []), null, 2)}\n`);
  });
});
