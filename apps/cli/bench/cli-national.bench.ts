// CLI end-to-end benchmark at national scale (3,300 units × 144 leaves, 34 groups): `npx nx run cli:bench`.
// Times `par-index score` (the built bundle, stdout to a file) against a bare Node script that only parses
// the same inputs and writes an output of the same size, alternating both in one run. Exits 1 above 2×.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '../../..');
const RUNS = 5;
const BUDGET_RATIO = 2;

function run(args: string[], output: string): number {
  const fd = openSync(output, 'w');
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], cwd: ROOT });
  const ms = performance.now() - start;
  closeSync(fd);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString()}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'par-index-bench-'));
try {
  const generator = spawnSync(
    process.execPath,
    ['-r', 'esbuild-register', join(ROOT, 'libs/scoring/bench/write-national.ts'), dir],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (generator.status !== 0) throw new Error('generating the national data failed');
  const set = join(dir, 'criteria-set.json');
  const assessments = join(dir, 'assessments.json');
  const cliOut = join(dir, 'results.json');
  const bareOut = join(dir, 'bare.json');
  const cli = [
    join(ROOT, 'apps/cli/bin/par-index.cjs'),
    'score',
    '--criteria',
    set,
    '--assessments',
    assessments,
  ];

  run(cli, cliOut); // warm the file cache
  const bytes = statSync(cliOut).size;
  const bare = [join(ROOT, 'apps/cli/bench/bare-parse-write.mjs'), set, assessments, String(bytes)];
  const cliMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    bareMs.push(run(bare, bareOut));
    cliMs.push(run(cli, cliOut));
  }
  if (statSync(bareOut).size !== bytes)
    throw new Error('the baseline did not write the same number of bytes');
  const ratio = median(cliMs) / median(bareMs);
  const mb = (path: string) => `${(statSync(path).size / 1e6).toFixed(1)} MB`;
  const rows: [string, string][] = [
    ['inputs', `criteria set ${mb(set)}, assessments ${mb(assessments)}`],
    ['output (both)', `${(bytes / 1e6).toFixed(1)} MB results/v1 JSON`],
    [
      `bare parse + write (median of ${RUNS})`,
      `${median(bareMs).toFixed(0)} ms  [${bareMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
    ],
    [
      `par-index score (median of ${RUNS})`,
      `${median(cliMs).toFixed(0)} ms  [${cliMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
    ],
    ['ratio', `${ratio.toFixed(2)}× (budget ≤ ${BUDGET_RATIO}×) ${ratio <= BUDGET_RATIO ? 'PASS' : 'FAIL'}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`cli bench (Node ${process.version})\n`);
  for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  if (ratio > BUDGET_RATIO) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
