// In-process benchmark at national scale: `npx nx run scoring:bench`
// (node -r esbuild-register libs/scoring/bench/score-national.bench.ts). Exits 1 when over budget.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  computeResults,
  lostPoints,
  parseAssessments,
  parseCriteriaSet,
  rankRobustness,
  scoreUnits,
} from '../src/index';
import { generateAssessments, generateCriteriaSet, NATIONAL } from './generate-national';

async function record(): Promise<typeof import('../../../bench/record.mjs')> {
  // eslint-disable-next-line @nx/enforce-module-boundaries -- the recorder is a script beside every bench (project `bench`), not a library
  return import('../../../bench/record.mjs');
}

const BUDGET_MS = 300;
const RUNS = 7;

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function must<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('generated data must be valid');
  return result.value;
}

const begun = { started: new Date().toISOString(), loadBefore: loadavg() };
// As read from files: JSON text, parsed.
const setJson: unknown = JSON.parse(JSON.stringify(generateCriteriaSet()));
const assessmentsJson: unknown = JSON.parse(JSON.stringify(generateAssessments(generateCriteriaSet())));

const set = must(parseCriteriaSet(setJson));
const parse = time(() => must(parseAssessments(assessmentsJson, set)));
const assessments = parse.result;

const scoreRank: number[] = [];
const results: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  scoreRank.push(time(() => scoreUnits(set, assessments)).ms);
  results.push(time(() => computeResults(set, assessments)).ms);
}
const scored = scoreUnits(set, assessments);
const lost = time(() => lostPoints(set, scored));
const robustness = time(() => rankRobustness(set, assessments, { iterations: 100, seed: 1 }));

const scoreRankMedian = median(scoreRank);
const rows: [string, string][] = [
  ['units × leaves × groups', `${assessments.units.length} × ${set.leaves.length} × ${NATIONAL.groups}`],
  ['parseAssessments (validate 475k inputs)', `${parse.ms.toFixed(0)} ms`],
  [
    `scoreUnits = score + rank + bands (median of ${RUNS})`,
    `${scoreRankMedian.toFixed(0)} ms (min ${Math.min(...scoreRank).toFixed(0)})`,
  ],
  [`computeResults = + results/v1 document (median of ${RUNS})`, `${median(results).toFixed(0)} ms`],
  ['lostPoints', `${lost.ms.toFixed(0)} ms`],
  ['rankRobustness, 100 draws', `${robustness.ms.toFixed(0)} ms`],
  [`budget score + rank ≤ ${BUDGET_MS} ms`, scoreRankMedian <= BUDGET_MS ? 'PASS' : 'FAIL'],
];
const width = Math.max(...rows.map(([label]) => label.length));
process.stdout.write(`scoring bench (Node ${process.version})\n`);
for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
if (scoreRankMedian > BUDGET_MS) process.exitCode = 1;

void record().then(({ figure, writePart }) => {
  writePart({
    target: 'scoring',
    command: 'npx nx run scoring:bench',
    ...begun,
    figures: [
      figure('scoring.parse', 'parseAssessments, 3,300 units × 144 leaves (475k inputs)', parse.ms, 'ms'),
      figure(
        'scoring.score-rank',
        `scoreUnits = score + rank + bands, 3,300 units, median of ${RUNS}`,
        scoreRankMedian,
        'ms',
        ['<=', BUDGET_MS],
        { runs: scoreRank.map((ms) => Math.round(ms)) },
      ),
      figure(
        'scoring.compute-results',
        'computeResults incl. the results/v1 document',
        median(results),
        'ms',
      ),
      figure('scoring.lost-points', 'lostPoints', lost.ms, 'ms'),
      figure('scoring.robustness', 'rankRobustness, 100 draws', robustness.ms, 'ms'),
    ],
  });
});
