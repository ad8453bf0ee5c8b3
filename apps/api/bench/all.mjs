// api:bench — the API's benches one after the other (never side by side: they share the 2 cores), each in
// its own process. One failing does not stop the others; the exit code is the first failure's.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES = ['survey', 'public-results', 'national-read', 'cold-start'];
const only = process.env.BENCH_ONLY?.split(',');
let failed = 0;
for (const name of BENCHES.filter((bench) => !only || only.includes(bench))) {
  process.stdout.write(`\n── api:bench ${name} ──\n`);
  const run = spawnSync(process.execPath, [join(here, `${name}.bench.mjs`)], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`api:bench ${name} failed (${run.status ?? run.signal})\n`);
    failed ||= run.status ?? 1;
  }
}
process.exit(failed);
