// CLI end-to-end benchmark at national scale (3,300 units × 144 leaves, 34 groups): `npx nx run cli:bench`.
// Times `npx par-index score …` as a user runs it (process start and npx included, stdout to a file) against
// the floor: a bare Node script that only parses the same inputs and writes an output of the same size
// (`node bare-parse-write.mjs`, process start included). Also `node apps/cli/bin/par-index.cjs score …`
// (the CLI without npx) for context. The three alternate in one run, RUNS times each; medians.
// Goal: npx par-index score ≤ 1.5× the floor. Reported in bench/results/cli.json; exits 1 above 2× (the
// earlier budget), since timings follow the machine's load.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '../../..');
const RUNS = 5;
const GOAL_RATIO = 1.5;
const FAIL_RATIO = 2;

function run(args: string[], output: string, command = process.execPath): number {
  const fd = openSync(output, 'w');
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', fd, 'pipe'], cwd: ROOT });
  const ms = performance.now() - start;
  closeSync(fd);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString()}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function record(): Promise<typeof import('../../../bench/record.mjs')> {
  // eslint-disable-next-line @nx/enforce-module-boundaries -- the recorder is a script beside every bench (project `bench`), not a library
  return import('../../../bench/record.mjs');
}

const begun = { started: new Date().toISOString(), loadBefore: loadavg() };
async function main(): Promise<void> {
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
    const args = ['score', '--criteria', set, '--assessments', assessments];
    const cli = [join(ROOT, 'apps/cli/bin/par-index.cjs'), ...args];
    const npx = ['par-index', ...args];

    run(cli, cliOut); // warm the file cache
    const bytes = statSync(cliOut).size;
    const bare = [join(ROOT, 'apps/cli/bench/bare-parse-write.mjs'), set, assessments, String(bytes)];
    const cliMs: number[] = [];
    const npxMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      bareMs.push(run(bare, bareOut));
      npxMs.push(run(npx, cliOut, 'npx'));
      cliMs.push(run(cli, cliOut));
    }
    if (statSync(bareOut).size !== bytes)
      throw new Error('the baseline did not write the same number of bytes');
    if (statSync(cliOut).size !== bytes) throw new Error('npx par-index score wrote another size');
    const ratio = median(npxMs) / median(bareMs);
    const nodeRatio = median(cliMs) / median(bareMs);
    const mb = (path: string) => `${(statSync(path).size / 1e6).toFixed(1)} MB`;
    const rows: [string, string][] = [
      ['inputs', `criteria set ${mb(set)}, assessments ${mb(assessments)}`],
      ['output (both)', `${(bytes / 1e6).toFixed(1)} MB results/v1 JSON`],
      [
        `bare parse + write (median of ${RUNS})`,
        `${median(bareMs).toFixed(0)} ms  [${bareMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
      ],
      [
        `npx par-index score (median of ${RUNS})`,
        `${median(npxMs).toFixed(0)} ms  [${npxMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
      ],
      [
        `node bin/par-index.cjs score (median of ${RUNS})`,
        `${median(cliMs).toFixed(0)} ms  [${cliMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
      ],
      [
        'ratio, npx',
        `${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×) ${ratio <= GOAL_RATIO ? 'met' : 'NOT YET'}`,
      ],
      ['ratio, node bin (no npx)', `${nodeRatio.toFixed(2)}×`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(`cli bench (Node ${process.version})\n`);
    for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
    const round = (values: number[]) => values.map((ms) => Math.round(ms));
    const { figure, writePart } = await record();
    writePart({
      target: 'cli',
      command: 'npx nx run cli:bench',
      ...begun,
      figures: [
        figure(
          'cli.bare-floor',
          `bare parse + write floor (node, 71.7 MB out), median of ${RUNS}`,
          median(bareMs),
          'ms',
          null,
          {
            runs: round(bareMs),
          },
        ),
        figure(
          'cli.npx-score',
          `npx par-index score, 3,300 units, median of ${RUNS}`,
          median(npxMs),
          'ms',
          null,
          {
            runs: round(npxMs),
          },
        ),
        figure(
          'cli.node-score',
          `node bin/par-index.cjs score (no npx), median of ${RUNS}`,
          median(cliMs),
          'ms',
          null,
          {
            runs: round(cliMs),
          },
        ),
        figure('cli.ratio', 'npx par-index score ÷ bare floor', ratio, '×', ['<=', GOAL_RATIO]),
        figure('cli.ratio-node', 'node bin/par-index.cjs score ÷ bare floor', nodeRatio, '×'),
      ],
    });
    if (ratio > FAIL_RATIO) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
