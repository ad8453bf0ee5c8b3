// `npm run bench` (api:bench), part 2: the public results feed on this machine, on 127.0.0.1 only.
//  GET /api/v1/public/periods/{id}/results of a published period of 3,300 units (BENCH_UNITS) at 50
//  connections (BENCH_CLIENTS) for BENCH_SECONDS (10) — p50/p99 and requests/s — next to a bare NestJS route
//  (GET /api/v1/bench/bare, mounted only with PAR_BENCH_BARE=1) in the same process and run.
//  Goal: ≥ 0.5× the bare route's requests/s and p99 ≤ 50 ms. Also: 304 on If-None-Match.
// It starts its own PostgreSQL (embedded) and the built API (apps/api/dist), like survey.bench.mjs.
import { cpus, loadavg } from 'node:os';
import { begin, figure, writePart } from '../../../bench/record.mjs';
import { ADMIN_PASSWORD, httpClient, runLoop, startStack } from './bench-harness.mjs';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const UNITS = Number(process.env.BENCH_UNITS ?? 3300);
// What a browser or a portal's HTTP client sends; BENCH_ACCEPT_ENCODING=identity measures the plain bytes.
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING ?? 'gzip, deflate, br';
const GOALS = { ratioToBare: 0.5, p99Ms: 50 };

/** Three areas, six leaves (boolean, tiers, ratio), the official bands. */
function benchSet() {
  return {
    format: 'par-index.criteria-set/v1',
    code: 'BENCH-KQ',
    name: 'Bộ tiêu chí đo hiệu năng kết quả',
    year: 2026,
    unitType: 'department',
    bands: [
      { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
      { code: 'T', label: 'Tốt', minIndex: 80 },
      { code: 'K', label: 'Khá', minIndex: 70 },
      { code: 'TB', label: 'Trung bình', minIndex: 50 },
      { code: 'Y', label: 'Yếu', minIndex: 0 },
    ],
    nodes: [1, 2, 3].map((a) => ({
      code: String(a),
      title: `Lĩnh vực ${a}: cải cách hành chính`,
      maxPoints: 10,
      children: [
        { code: `${a}.1`, title: `Kế hoạch ${a}`, maxPoints: 4, rule: { kind: 'boolean' } },
        { code: `${a}.2`, title: `Tỷ lệ đúng hạn ${a}`, maxPoints: 6, rule: { kind: 'ratio', target: 100 } },
      ],
    })),
  };
}

async function main() {
  const begun = begin();
  const stack = await startStack({ prefix: 'par-bench-results-', env: { PAR_BENCH_BARE: '1' } });
  const { http, must, close } = httpClient(stack.apiPort, CLIENTS);
  const results = { loadBefore: loadavg() };
  try {
    // Set up: 3,300 units in 3 groups, one set, a period, final inputs, compute, publish.
    const { accessToken: token } = await must('POST', '/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const units = Array.from({ length: UNITS }, (_, i) => `DV${String(i + 1).padStart(5, '0')}`);
    const groups = ['so-nganh', 'ubnd-huyen', 'ubnd-xa'];
    await runLoop(20, units.length, 3600, (i) =>
      must('POST', '/units', {
        token,
        body: { code: units[i], name: `Ủy ban nhân dân xã Đồng Tâm số ${i + 1}`, type: 'department' },
      }),
    );
    const set = await must('POST', '/criteria-sets', { token, body: benchSet() });
    const period = await must('POST', '/periods', {
      token,
      body: {
        year: 2026,
        name: 'Chỉ số CCHC năm 2026 (đo hiệu năng)',
        criteriaSetId: set.id,
        units: units.map((code, i) => ({ code, group: groups[i % groups.length] })),
      },
    });
    for (let from = 0; from < units.length; from += 500) {
      await must('POST', `/periods/${period.id}/assessments/import`, {
        token,
        body: {
          format: 'par-index.assessments/v1',
          criteriaSet: 'BENCH-KQ',
          units: units.slice(from, from + 500).map((code, k) => {
            const i = from + k;
            const items = {};
            for (const a of [1, 2, 3]) {
              items[`${a}.1`] = { value: (i + a) % 4 !== 0 };
              items[`${a}.2`] = { numerator: 50 + ((i * 7 + a * 13) % 51), denominator: 100 };
            }
            return { code, group: groups[i % groups.length], items };
          }),
        },
      });
    }
    await must('POST', `/periods/${period.id}/results/compute`, { token });
    await must('POST', `/periods/${period.id}/publish`, {
      token,
      body: {
        decisionNo: '99/QĐ-UBND',
        decisionDate: '2027-02-01',
        acknowledgeWarnings: true,
        acknowledgementReason: 'đo hiệu năng',
      },
    });
    const path = `/public/periods/${period.id}/results`;
    const first = await http('GET', path);
    if (first.status !== 200 || first.body.units.length !== UNITS) throw new Error(`feed: ${first.status}`);
    results.bytes = first.bytes;
    const notModified = await http('GET', path, { headers: { 'if-none-match': first.headers.etag } });
    results.notModified = notModified.status === 304;
    // Brotli is compressed once in the background: wait for it (≤ 30 s) so the run measures what is served.
    for (let i = 0; i < 300 && /\bbr\b/.test(ACCEPT_ENCODING); i++) {
      const probe = await http('GET', path, { raw: true, headers: { 'accept-encoding': ACCEPT_ENCODING } });
      if (probe.headers['content-encoding'] === 'br') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const zipped = await http('GET', path, { raw: true, headers: { 'accept-encoding': ACCEPT_ENCODING } });
    results.encoding = zipped.headers['content-encoding'] ?? 'identity';
    results.sentBytes = zipped.bytes;
    // Warm both, then measure in the same process: bare, feed, bare again (the machine is shared).
    await runLoop(CLIENTS, 2000, 5, () => http('GET', '/bench/bare'));
    await runLoop(CLIENTS, 500, 5, () =>
      http('GET', path, { raw: true, headers: { 'accept-encoding': ACCEPT_ENCODING } }),
    );
    const bare1 = await runLoop(CLIENTS, 1e9, SECONDS, () => http('GET', '/bench/bare'));
    const feed = await runLoop(CLIENTS, 1e9, SECONDS, async () => {
      const res = await http('GET', path, { raw: true, headers: { 'accept-encoding': ACCEPT_ENCODING } });
      if (res.status !== 200) throw new Error(`feed ${res.status}`);
    });
    const bare2 = await runLoop(CLIENTS, 1e9, SECONDS, () => http('GET', '/bench/bare'));
    results.bare = bare1.perSecond >= bare2.perSecond ? bare1 : bare2;
    results.bareRuns = [bare1.perSecond, bare2.perSecond];
    results.feed = feed;
  } finally {
    close();
    await stack.stop();
  }

  const f = results.feed;
  const b = results.bare;
  const ratio = f.perSecond / b.perSecond;
  const verdict = (ok) => (ok ? 'met' : 'NOT YET');
  const lines = [
    '',
    `Public results bench — ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} cores, load average at start ${results.loadBefore.map((l) => l.toFixed(1)).join(' / ')}, at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
    `GET /public/periods/{id}/results, ${UNITS} units (${(results.bytes / 1e6).toFixed(2)} MB; sent ${results.encoding}, ${(results.sentBytes / 1e6).toFixed(2)} MB), ${CLIENTS} connections, ${f.elapsed.toFixed(1)} s: ${f.perSecond.toFixed(0)} req/s (p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ${((f.perSecond * results.sentBytes) / 1e6).toFixed(0)} MB/s sent)`,
    `bare NestJS route (same process, best of two runs around it: ${results.bareRuns.map((r) => r.toFixed(0)).join(' / ')} req/s): ${b.perSecond.toFixed(0)} req/s (p50 ${b.p50.toFixed(1)} ms, p99 ${b.p99.toFixed(1)} ms)`,
    `ratio ${ratio.toFixed(2)}× bare; goal ≥ ${GOALS.ratioToBare}×: ${verdict(ratio >= GOALS.ratioToBare)}; p99 goal ≤ ${GOALS.p99Ms} ms: ${verdict(f.p99 <= GOALS.p99Ms)}; If-None-Match → ${results.notModified ? '304' : 'NOT 304'}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  process.stdout.write(`${JSON.stringify({ ...results, ratio })}\n`);
  const units = UNITS.toLocaleString('en');
  writePart({
    target: 'api-public-results',
    command: 'node apps/api/bench/public-results.bench.mjs (npx nx run api:bench)',
    ...begun,
    figures: [
      figure(
        'api.bare.rps',
        `bare NestJS route, ${CLIENTS} connections (best of 2)`,
        b.perSecond,
        'req/s',
        null,
        {
          runs: results.bareRuns.map((r) => Math.round(r)),
        },
      ),
      figure('api.bare.p99', 'bare NestJS route p99', b.p99, 'ms'),
      figure(
        'api.public-results.rps',
        `public results, ${units} units, ${CLIENTS} connections`,
        f.perSecond,
        'req/s',
        null,
        {
          note: `${results.encoding}, ${results.sentBytes} bytes per answer (${results.bytes} uncompressed)`,
        },
      ),
      figure('api.public-results.p50', 'public results p50', f.p50, 'ms'),
      figure('api.public-results.p99', 'public results p99', f.p99, 'ms', ['<=', GOALS.p99Ms]),
      figure('api.public-results.ratio', 'public results ÷ bare route (req/s, same run)', ratio, '×', [
        '>=',
        GOALS.ratioToBare,
      ]),
      figure('api.public-results.304', 'If-None-Match answered 304', results.notModified ? 1 : 0, 'yes=1', [
        '>=',
        1,
      ]),
    ],
  });
  if (!results.notModified) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
