// `npm run bench` (api:bench), part 3: the appraisal work at national scale, on 127.0.0.1 only.
// 3,300 units × 144 leaves (8 areas × 6 criteria × 3 leaves): the set and the period go through the REST API;
// the units and the ~475,000 self-assessed items are written straight into PostgreSQL in a few multi-row
// statements (the bench measures reading them, not writing them). Every assessment is `submitted`, so the
// appraisal queue (round 1) holds every leaf of every unit. Then, as an admin:
//   1. GET /periods/{id}/appraisal-queue — the first page (200 rows) of ~475,000 pending leaves;
//      BENCH_QUEUE_RUNS (3) times, median; also with ?unitCode= (one unit's leaves);
//   2. GET /periods/{id}/assessments/{unitCode} — one unit's assessment (144 leaves with their stages):
//      10 clients for BENCH_SECONDS (5) s over random units, p50/p99 and requests/s.
// Goals (set here, the issue names none): the queue's first page ≤ 2 s; one assessment p99 ≤ 250 ms.
import pg from 'pg';
import { begin, figure, median, writePart } from '../../../bench/record.mjs';
import { ADMIN_PASSWORD, httpClient, runLoop, startStack } from './bench-harness.mjs';

const UNITS = Number(process.env.BENCH_UNITS ?? 3300);
const QUEUE_RUNS = Number(process.env.BENCH_QUEUE_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = 10;
const GOALS = { queueMs: 2000, assessmentP99Ms: 250 };

/** 8 areas × 6 criteria × 3 boolean leaves of 1 point (144 leaves, 144 points). */
function nationalSet() {
  return {
    format: 'par-index.criteria-set/v1',
    code: 'BENCH-QG',
    name: 'Bộ tiêu chí đo hiệu năng quy mô toàn quốc',
    year: 2026,
    unitType: 'department',
    nodes: Array.from({ length: 8 }, (_, a) => ({
      code: `${a + 1}`,
      title: `Lĩnh vực ${a + 1}: cải cách hành chính`,
      maxPoints: 18,
      children: Array.from({ length: 6 }, (_, c) => ({
        code: `${a + 1}.${c + 1}`,
        title: `Tiêu chí ${a + 1}.${c + 1}`,
        maxPoints: 3,
        children: Array.from({ length: 3 }, (_, l) => ({
          code: `${a + 1}.${c + 1}.${l + 1}`,
          title: `Tiêu chí thành phần ${a + 1}.${c + 1}.${l + 1}: ban hành kế hoạch đúng hạn`,
          maxPoints: 1,
          rule: { kind: 'boolean' },
        })),
      })),
    })),
  };
}

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

async function main() {
  const begun = begin();
  const stack = await startStack({ prefix: 'par-bench-national-' });
  const { http, must, close } = httpClient(stack.apiPort, CLIENTS);
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  const results = {};
  try {
    await client.connect();
    const { accessToken: token } = await must('POST', '/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const setup = process.hrtime.bigint();
    await client.query(
      `INSERT INTO unit (code, name, type_code)
       SELECT 'DV' || lpad(i::text, 5, '0'), 'Ủy ban nhân dân xã Đồng Tâm số ' || i, 'department'
       FROM generate_series(1, $1::int) AS i`,
      [UNITS],
    );
    const set = await must('POST', '/criteria-sets', { token, body: nationalSet() });
    const codes = Array.from({ length: UNITS }, (_, i) => `DV${String(i + 1).padStart(5, '0')}`);
    const period = await must('POST', '/periods', {
      token,
      body: {
        year: 2026,
        name: 'Chỉ số CCHC năm 2026 (đo hiệu năng toàn quốc)',
        criteriaSetId: set.id,
        units: codes.map((code, i) => ({ code, group: `nhom-${(i % 34) + 1}` })),
      },
    });
    const leaves = nationalSet().nodes.flatMap((a) =>
      a.children.flatMap((c) => c.children.map((l) => l.code)),
    );
    const inserted = await client.query(
      `INSERT INTO assessment_item (assessment_id, leaf_code, self_input, self_points_milli, self_at)
       SELECT a.id, l.code, jsonb_build_object('value', (hashtext(a.id::text || l.code) % 10) <> 0),
              CASE WHEN hashtext(a.id::text || l.code) % 10 <> 0 THEN 1000 ELSE 0 END, now()
       FROM assessment a CROSS JOIN unnest($2::text[]) AS l(code)
       WHERE a.period_id = $1`,
      [period.id, leaves],
    );
    await client.query(
      `UPDATE assessment SET status = 'submitted', submitted_at = now(), head_name = 'Nguyễn Văn Ánh'
       WHERE period_id = $1`,
      [period.id],
    );
    await client.query('ANALYZE');
    results.items = inserted.rowCount;
    results.setupSeconds = Number(process.hrtime.bigint() - setup) / 1e9;

    const queuePath = `/periods/${period.id}/appraisal-queue`;
    const queue = [];
    for (let i = 0; i < QUEUE_RUNS; i++) {
      const run = await timed(() => must('GET', queuePath, { token }));
      if (run.value.total !== UNITS * leaves.length || run.value.items.length !== 200)
        throw new Error(`queue: total ${run.value.total}, page ${run.value.items.length}`);
      queue.push(run.ms);
    }
    const oneUnit = [];
    for (let i = 0; i < QUEUE_RUNS; i++) {
      const code = codes[(i * 977) % UNITS];
      const run = await timed(() => must('GET', `${queuePath}?unitCode=${code}`, { token }));
      if (run.value.total !== leaves.length) throw new Error(`queue of ${code}: ${run.value.total}`);
      oneUnit.push(run.ms);
    }
    results.queue = queue;
    results.queueOneUnit = oneUnit;

    // One unit's assessment, warmed, then 10 clients over random units.
    await must('GET', `/periods/${period.id}/assessments/${codes[0]}`, { token });
    let seed = 2026;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    results.assessment = await runLoop(CLIENTS, 1e9, SECONDS, async () => {
      const res = await http(
        'GET',
        `/periods/${period.id}/assessments/${codes[Math.floor(random() * UNITS)]}`,
        {
          token,
          raw: true,
        },
      );
      if (res.status !== 200) throw new Error(`assessment ${res.status}`);
    });
  } finally {
    close();
    await client.end().catch(() => undefined);
    await stack.stop();
  }
  const a = results.assessment;
  const ms = (values) => values.map((v) => Math.round(v));
  process.stdout.write(
    [
      '',
      `National scale: ${UNITS} units × 144 leaves = ${results.items} items (set-up ${results.setupSeconds.toFixed(1)} s)`,
      `appraisal queue, first page of 200: median ${median(results.queue).toFixed(0)} ms [${ms(results.queue).join(', ')}]`,
      `appraisal queue, one unit (?unitCode=): median ${median(results.queueOneUnit).toFixed(0)} ms [${ms(results.queueOneUnit).join(', ')}]`,
      `one unit's assessment, ${CLIENTS} clients, ${a.elapsed.toFixed(1)} s: ${a.perSecond.toFixed(0)} req/s, p50 ${a.p50.toFixed(1)} ms, p99 ${a.p99.toFixed(1)} ms`,
      '',
    ].join('\n'),
  );
  writePart({
    target: 'api-national',
    command: 'node apps/api/bench/national-read.bench.mjs (npx nx run api:bench)',
    ...begun,
    figures: [
      figure(
        'api.national.queue',
        `appraisal queue, first page of 200 of ${results.items.toLocaleString('en')} leaves, median of ${QUEUE_RUNS}`,
        median(results.queue),
        'ms',
        ['<=', GOALS.queueMs],
        { runs: ms(results.queue) },
      ),
      figure(
        'api.national.queue-unit',
        `appraisal queue of one unit (?unitCode=), median of ${QUEUE_RUNS}`,
        median(results.queueOneUnit),
        'ms',
        ['<=', GOALS.queueMs],
        { runs: ms(results.queueOneUnit) },
      ),
      figure('api.national.assessment.p50', "one unit's assessment (144 leaves), p50", a.p50, 'ms'),
      figure('api.national.assessment.p99', `one unit's assessment, p99 (${CLIENTS} clients)`, a.p99, 'ms', [
        '<=',
        GOALS.assessmentP99Ms,
      ]),
      figure(
        'api.national.assessment.rps',
        `one unit's assessment, ${CLIENTS} clients`,
        a.perSecond,
        'req/s',
      ),
    ],
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
