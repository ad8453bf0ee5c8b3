// `npm run bench` (api:bench): the survey's write paths on this machine, in one run, on 127.0.0.1 only.
//  1. the public submit route (POST /api/v1/public/survey/{code}) at 50 concurrent clients, pre-issued
//     codes — goal ≥ 2,000 forms/s; every 2xx stored, nothing stored twice;
//  2. beside it, the raw ceiling: single-row INSERTs through `pg` at the same concurrency into a copy of
//     survey_form (same columns and indexes);
//  3. importing 100,000 paper forms in one survey-forms/v1 file — goal ≤ 10 s.
// It starts its own PostgreSQL (embedded, default durability settings) and the built API (apps/api/dist).
// Sizes: BENCH_CLIENTS (50), BENCH_SECONDS (10), BENCH_CODES (40,000), BENCH_IMPORT (100,000); BENCH_NODE_ARGS
// are passed to the API's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { begin, figure, writePart } from '../../../bench/record.mjs';
import { ADMIN_PASSWORD, httpClient, runLoop, startStack } from './bench-harness.mjs';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SUBMIT_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CODES = Number(process.env.BENCH_CODES ?? 40_000);
const IMPORT_FORMS = Number(process.env.BENCH_IMPORT ?? 100_000);
const GOALS = { submitPerSecond: 2000, importSeconds: 10 };

/** A set of 2 areas: one appraised leaf, five survey leaves (A–E default options). */
function benchSet() {
  return {
    format: 'par-index.criteria-set/v1',
    code: 'BENCH-XHH',
    name: 'Bộ tiêu chí đo hiệu năng',
    year: 2026,
    unitType: 'department',
    nodes: [
      {
        code: '1',
        title: 'Chỉ đạo, điều hành',
        maxPoints: 5,
        children: [{ code: '1.1', title: 'Kế hoạch', maxPoints: 5, rule: { kind: 'boolean' } }],
      },
      {
        code: '2',
        title: 'Điều tra xã hội học',
        maxPoints: 10,
        children: [1, 2, 3, 4, 5].map((i) => ({
          code: `2.${i}`,
          title: `Câu hỏi ${i}`,
          maxPoints: 2,
          source: 'survey',
          rule: { kind: 'survey' },
        })),
      },
    ],
  };
}
const OPTIONS = ['A', 'B', 'C', 'D', 'E'];
const answersOf = (i) =>
  Object.fromEntries([1, 2, 3, 4, 5].map((q) => [`2.${q}`, OPTIONS[(i * 7 + q * 3) % 5]]));

async function main() {
  const begun = begin();
  const stack = await startStack({ prefix: 'par-bench-' });
  const { databaseUrl } = stack;
  const { http, must, close } = httpClient(stack.apiPort, CLIENTS);
  const results = { loadBefore: loadavg() };
  try {
    // Set up: units, set, period, survey, codes.
    const { accessToken: token } = await must('POST', '/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const units = Array.from({ length: 20 }, (_, i) => `DV${String(i + 1).padStart(2, '0')}`);
    for (const code of units)
      await must('POST', '/units', { token, body: { code, name: `Đơn vị ${code}`, type: 'department' } });
    const set = await must('POST', '/criteria-sets', { token, body: benchSet() });
    const period = await must('POST', '/periods', {
      token,
      body: {
        year: 2026,
        name: 'Đo hiệu năng',
        criteriaSetId: set.id,
        units: units.map((code) => ({ code, group: 'departments' })),
      },
    });
    const base = `/periods/${period.id}/survey`;
    const now = Date.now();
    await must('PUT', base, {
      token,
      body: {
        opensAt: new Date(now - 86_400_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        groups: [
          { code: 'NGUOI-DAN', name: 'Người dân, doanh nghiệp', quota: 100_000 },
          { code: 'GIAY', name: 'Phiếu giấy', quota: 100_000 },
        ],
      },
    });
    const codes = [];
    for (let i = 0; codes.length < CODES; i++) {
      const issued = await must('POST', `${base}/codes`, {
        token,
        body: { groupCode: 'NGUOI-DAN', unitCode: units[i % units.length], count: 1000 },
      });
      codes.push(...issued.codes);
    }

    // 1. Public submit at 50 concurrent clients.
    const statuses = new Map();
    const accepted = new Set();
    await http('POST', `/public/survey/${codes[0]}`, { body: { answers: answersOf(0) } }); // warm-up (stored)
    accepted.add(codes[0]);
    const submit = await runLoop(CLIENTS, codes.length - 1, SUBMIT_SECONDS, async (i) => {
      const code = codes[i + 1];
      const res = await http('POST', `/public/survey/${code}`, { body: { answers: answersOf(i) } });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 201) accepted.add(code);
    });
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const stored = Number(
      (await client.query(`SELECT count(*) AS n FROM survey_form WHERE channel = 'online'`)).rows[0].n,
    );
    const used = Number((await client.query('SELECT count(*) AS n FROM survey_code WHERE used')).rows[0].n);
    // Nothing twice: 200 used codes sent again (concurrently) are all 409 and store nothing.
    const again = await Promise.all(
      [...accepted]
        .slice(0, 200)
        .map((code) => http('POST', `/public/survey/${code}`, { body: { answers: answersOf(1) } })),
    );
    const storedAfter = Number(
      (await client.query(`SELECT count(*) AS n FROM survey_form WHERE channel = 'online'`)).rows[0].n,
    );
    results.submit = {
      ...submit,
      accepted: accepted.size,
      statuses: Object.fromEntries(statuses),
      stored,
      used,
      everyAcceptedStored: stored === accepted.size && used === accepted.size,
      resubmitsRefused:
        again.every((r) => r.status === 409 && r.body?.code === 'CODE_USED') && storedAfter === stored,
    };

    // 2. Raw ceiling: single-row INSERTs through pg, same concurrency, same table shape.
    await client.query('CREATE TABLE bench_raw (LIKE survey_form INCLUDING ALL)');
    const pool = new pg.Pool({ connectionString: databaseUrl, max: CLIENTS });
    const surveyId = (await client.query('SELECT id FROM survey LIMIT 1')).rows[0].id;
    const unitIds = (await client.query('SELECT id FROM unit ORDER BY code')).rows.map((r) => r.id);
    const raw = await runLoop(CLIENTS, 1_000_000, SUBMIT_SECONDS, (i) =>
      pool.query(
        `INSERT INTO bench_raw (survey_id, group_code, unit_id, channel, received_on, answers) VALUES ($1, 'NGUOI-DAN', $2, 'online', CURRENT_DATE, $3)`,
        [surveyId, unitIds[i % unitIds.length], JSON.stringify(answersOf(i))],
      ),
    );
    await pool.end();
    results.rawCeiling = raw;

    // 3. Import 100,000 paper forms in one survey-forms/v1 file (and the same file again: all skipped).
    const file = JSON.stringify({
      format: 'par-index.survey-forms/v1',
      forms: Array.from({ length: IMPORT_FORMS }, (_, i) => ({
        serial: `BD-${String(i + 1).padStart(7, '0')}`,
        group: 'GIAY',
        unit: units[i % units.length],
        answers: answersOf(i),
      })),
    });
    const t0 = process.hrtime.bigint();
    const imported = await must('POST', `${base}/forms/import`, { token, body: file });
    const importSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const t1 = process.hrtime.bigint();
    const rerun = await must('POST', `${base}/forms/import`, { token, body: file });
    const rerunSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const paper = Number(
      (await client.query(`SELECT count(*) AS n FROM survey_form WHERE channel = 'paper'`)).rows[0].n,
    );
    results.import = {
      forms: IMPORT_FORMS,
      bytes: Buffer.byteLength(file),
      seconds: importSeconds,
      imported,
      rerun,
      rerunSeconds,
      stored: paper,
    };

    // Close: counts of 100,000+ forms become the survey stage.
    const t2 = process.hrtime.bigint();
    await must('POST', `${base}/close`, { token });
    results.closeSeconds = Number(process.hrtime.bigint() - t2) / 1e9;
    await client.end();
  } finally {
    close();
    await stack.stop();
  }

  const s = results.submit;
  const r = results.rawCeiling;
  const im = results.import;
  const verdict = (ok) => (ok ? 'met' : 'NOT YET');
  const lines = [
    '',
    `Survey bench — ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} cores, load average at start ${results.loadBefore.map((l) => l.toFixed(1)).join(' / ')}, at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
    `public submit, ${CLIENTS} clients, ${s.elapsed.toFixed(1)} s: ${s.perSecond.toFixed(0)} forms/s (p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms); goal ≥ ${GOALS.submitPerSecond}: ${verdict(s.perSecond >= GOALS.submitPerSecond)}`,
    `  statuses ${JSON.stringify(s.statuses)}; 2xx ${s.accepted}, stored ${s.stored}, codes used ${s.used}: ${s.everyAcceptedStored ? 'every 2xx stored once' : 'MISMATCH'}; 200 re-submits: ${s.resubmitsRefused ? 'all 409, nothing stored' : 'FAILED'}`,
    `raw ceiling (pg single-row INSERT, ${CLIENTS} clients): ${r.perSecond.toFixed(0)} rows/s (p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms) — submit is ${((100 * s.perSecond) / r.perSecond).toFixed(0)} % of it`,
    `import ${im.forms} forms (${(im.bytes / 1e6).toFixed(1)} MB JSON): ${im.seconds.toFixed(2)} s → ${JSON.stringify(im.imported)}; goal ≤ ${GOALS.importSeconds} s: ${verdict(im.seconds <= GOALS.importSeconds)}`,
    `  same file again: ${im.rerunSeconds.toFixed(2)} s → ${JSON.stringify(im.rerun)}; paper forms stored ${im.stored}`,
    `close (counts of ${s.stored + im.stored} forms → survey stage): ${results.closeSeconds.toFixed(2)} s`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  process.stdout.write(`${JSON.stringify(results)}\n`);
  const correct = s.everyAcceptedStored && s.resubmitsRefused ? 1 : 0;
  writePart({
    target: 'api-survey',
    command: 'node apps/api/bench/survey.bench.mjs (npx nx run api:bench)',
    ...begun,
    figures: [
      figure('api.survey.submit.rps', `public survey submit, ${CLIENTS} clients`, s.perSecond, 'forms/s', [
        '>=',
        GOALS.submitPerSecond,
      ]),
      figure('api.survey.submit.p99', 'public survey submit p99', s.p99, 'ms'),
      figure('api.survey.submit.correct', 'every 2xx stored once, re-submits 409', correct, 'yes=1', [
        '>=',
        1,
      ]),
      figure(
        'api.survey.raw-ceiling.rps',
        `raw pg single-row INSERT ceiling, ${CLIENTS} clients`,
        r.perSecond,
        'rows/s',
      ),
      figure('api.survey.submit.share', 'submit ÷ raw ceiling', (100 * s.perSecond) / r.perSecond, '%'),
      figure(
        'api.survey.import.s',
        `import ${im.forms.toLocaleString('en')} paper forms (one file)`,
        im.seconds,
        's',
        ['<=', GOALS.importSeconds],
      ),
      figure('api.survey.import-again.s', 'the same file again (all skipped)', im.rerunSeconds, 's'),
      figure('api.survey.close.s', 'close: counts of all forms → survey stage', results.closeSeconds, 's'),
    ],
  });
  if (
    !s.everyAcceptedStored ||
    !s.resubmitsRefused ||
    im.imported.imported !== IMPORT_FORMS ||
    im.rerun.skipped !== IMPORT_FORMS
  )
    process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
