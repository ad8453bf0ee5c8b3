import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as scoring from './index';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('@par/scoring public entry', () => {
  it('exports the documented API', () => {
    const functions = Object.entries(scoring)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual([
      'assignBand',
      'buildResults',
      'canonicalRuleV1',
      'compareYears',
      'computeIndex',
      'computeResults',
      'createRandom',
      'decimalToJson',
      'describeLeafScore',
      'diffCriteriaSets',
      'formatFraction',
      'formatIndex',
      'formatPoints',
      'formatRuleText',
      'fromCenti',
      'fromMilli',
      'lostPoints',
      'nodeAgencies',
      'parseAssessments',
      'parseBands',
      'parseCriteriaSet',
      'parseExactDecimal',
      'parseLeafInput',
      'parseRuleText',
      'rankRobustness',
      'rankUnits',
      'scoreLeaf',
      'scoreUnit',
      'scoreUnits',
      'strengthsAndWeaknesses',
      'surveySampleSize',
      'toMilli',
      'validateRule',
    ]);
    expect(scoring.CRITERIA_SET_FORMAT).toBe('par-index.criteria-set/v1');
    expect(scoring.ISSUE_CODES).toContain('MAX_POINTS_MISMATCH');
    expect(scoring.ISSUE_CODES).toContain('INVALID_RULE_TEXT');
  });

  it('imports nothing but its own files: no Node built-ins, no packages (it runs in the browser too)', () => {
    const offenders = sourceFiles(__dirname).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const specifiers = [
        ...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g),
      ].map((m) => m[1]);
      return specifiers.filter((s) => !s.startsWith('.')).map((s) => `${relative(__dirname, file)} → ${s}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps one exported function per source file', () => {
    const crowded = sourceFiles(__dirname).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return (text.match(/^export function /gm) ?? []).length > 1;
    });
    expect(crowded).toEqual([]);
  });
});
