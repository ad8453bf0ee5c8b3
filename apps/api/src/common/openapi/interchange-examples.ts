/**
 * Examples of the four interchange formats, computed from the demo province "tỉnh Lam Giang" (@par/demo)
 * with the product's own scoring (@par/scoring) — never typed by hand, so they stay valid as the demo and
 * the formats move (the OpenAPI linter validates each against its schema; a test parses them back).
 * Deterministic: fixed seed and dates, so the committed document does not change between builds.
 */
import { demoUnits, departmentCriteriaSet, generateAssessments } from '@par/demo';
import {
  computeResults,
  parseAssessments,
  parseCriteriaSet,
  type AssessmentsV1,
  type CriteriaNodeV1,
  type CriteriaSetV1,
  type ResultsV1,
} from '@par/scoring';
import { SURVEY_FORMS_FORMAT } from '../../survey/survey-form-file';
import type { InterchangeSchemaName, SurveyFormsV1 } from './interchange-schemas';

const YEAR = 2026;
const SEED = 2026;
/** Agencies of the examples: three departments, so the results show a ranking. */
const EXAMPLE_UNITS = ['STP', 'SNV', 'STC'];

function leavesOf(nodes: readonly CriteriaNodeV1[]): CriteriaNodeV1[] {
  return nodes.flatMap((node) => (node.children?.length ? leavesOf(node.children) : [node]));
}

/** A deterministic draw in 0..1 from a text (FNV-1a), for the example answers. */
function draw(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash / 0x1_0000_0000;
}

function build(): Record<InterchangeSchemaName, unknown> {
  const set: CriteriaSetV1 = departmentCriteriaSet(YEAR);
  const units = demoUnits()
    .filter((u) => EXAMPLE_UNITS.includes(u.code) && u.group)
    .map((u) => ({ code: u.code, name: u.name, group: u.group ?? 'departments', strength: u.strength }));
  const assessments: AssessmentsV1 = generateAssessments(set, units, { seed: SEED });
  const model = parseCriteriaSet(set);
  if (!model.ok) throw new Error(`demo set ${set.code}: ${model.issues[0]?.messageEn ?? 'invalid'}`);
  const parsed = parseAssessments(assessments, model.value);
  if (!parsed.ok) throw new Error(`demo assessments: ${parsed.issues[0]?.messageEn ?? 'invalid'}`);
  const results: ResultsV1 = computeResults(model.value, parsed.value);

  // Survey forms: two respondents about a unit, answering every survey leaf of the set with its options.
  const surveyLeaves = leavesOf(set.nodes).filter((leaf) => leaf.rule?.kind === 'survey');
  const forms: SurveyFormsV1 = {
    format: SURVEY_FORMS_FORMAT,
    forms: ['NK-000001', 'NK-000002'].map((serial) => ({
      serial,
      group: 'NGUOI-DAN',
      unit: 'STP',
      answers: Object.fromEntries(
        surveyLeaves.map((leaf) => {
          const options = leaf.rule?.kind === 'survey' ? (leaf.rule.options ?? []) : [];
          const counted = options.filter((o) => !o.excluded);
          const pick = counted[Math.floor(draw(`${serial}/${leaf.code}`) * counted.length)] ?? options[0];
          return [leaf.code, pick?.code ?? 'A'];
        }),
      ),
    })),
  };

  return {
    CriteriaSetV1: set,
    // One unit's whole assessment keeps the document readable; the results rank all three.
    AssessmentsV1: { ...assessments, units: assessments.units.slice(0, 1) },
    ResultsV1: results,
    SurveyFormsV1: forms,
  };
}

let cached: Record<InterchangeSchemaName, unknown> | undefined;

/** The example of each format (computed once per process). */
export function interchangeExamples(): Record<InterchangeSchemaName, unknown> {
  cached ??= build();
  return cached;
}
