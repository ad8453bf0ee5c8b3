// `npm run bench` (web:bench): the JavaScript each page of the SPA downloads on a first visit, read from the
// build's manifest (apps/web/dist/.vite/manifest.json, after `web:build`). A page's first load is the entry
// chunk with its static imports, plus the page's own lazily loaded chunk with its static imports
// (app/router.tsx splits by route) and, for any page but the login and the dashboard, the features' texts. Sizes are what goes over the wire: gzip (level 9) and brotli (quality
// 11), exactly as the build pre-compresses them and the API serves them.
// Goal: the login page ≤ 150 kB of JavaScript, gzip (1 kB = 1,000 bytes). Exits 1 above it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { begin, figure, writePart } from '../../../bench/record.mjs';

const begun = begin();

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const GOAL_LOGIN_GZIP = 150_000;

/** Pages and the manifest key of the chunk each loads beyond the entry (null: the entry alone). */
/** @type {[string, string | string[] | null][]} */
const PAGES = [
  ['/login', null],
  ['/ (dashboard)', null],
  ['/self-assessment', 'src/app/routes/self-assessment.tsx'],
  ['/appraisal', 'src/features/self-assessment/index.ts'],
  ['/criteria', 'src/app/routes/criteria.tsx'],
  ['/periods', 'src/app/routes/periods.tsx'],
  ['/survey', 'src/app/routes/survey.tsx'],
  ['/s/:code (public survey)', 'src/app/routes/survey.tsx'],
  ['/admin/units', 'src/features/organization/index.ts'],
  ['/admin/audit', 'src/features/audit/index.ts'],
  ['/results', 'src/app/routes/results.tsx'],
  ['/cong-khai/ket-qua (public)', 'src/app/routes/results.tsx'],
  // A unit page: the results route and, once shown, the charts (ECharts, imported by the unit page only).
  [
    '/results/…/units/:code',
    ['src/app/routes/results.tsx', 'src/features/ranking/components/unit-charts.tsx'],
  ],
];

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);

/**
 * The manifest key of a lazily imported module. A module only ever imported beside another one (the
 * self-assessment feature, also reached through its route) is merged into a shared chunk named after it.
 */
function lazyChunk(source) {
  if (manifest[source]) return source;
  const name = source.split('/').at(-2);
  const shared = manifest[entryKey].dynamicImports?.find((key) => manifest[key].name === name);
  if (!shared) throw new Error(`${source} is not in the build's manifest (renamed page? update PAGES)`);
  return shared;
}

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const next of chunk.imports ?? []) closure(next, files);
  return files;
}

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = readFileSync(join(DIST, file));
    sizes.set(file, {
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = PAGES.map(([page, key]) => {
  const files = closure(entryKey);
  if (key) {
    for (const one of [key].flat()) closure(lazyChunk(one), files);
    closure('src/app/messages.ts', files); // the features' texts, with the first page (app/lazy-page.tsx)
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = sizeOf(file);
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return { page, files: files.size, ...total };
});

console.log('JavaScript downloaded on a first visit, by page (web:bench)');
console.log(
  ['page'.padEnd(26), 'files', 'minified'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10)].join(' '),
);
for (const row of rows) {
  console.log(
    [
      row.page.padEnd(26),
      String(row.files).padStart(5),
      kB(row.raw).padStart(10),
      kB(row.gzip).padStart(10),
      kB(row.brotli).padStart(10),
    ].join(' '),
  );
}
const login = rows[0];
const met = login.gzip <= GOAL_LOGIN_GZIP;
console.log(
  `login page: ${kB(login.gzip)} gzip (${login.gzip} bytes), ${kB(login.brotli)} brotli — goal ≤ ${kB(GOAL_LOGIN_GZIP)} gzip: ${met ? 'met' : 'NOT MET'}`,
);
writePart({
  target: 'web-first-load',
  command: 'node apps/web/bench/first-load.bench.mjs (npx nx run web:bench)',
  ...begun,
  figures: rows.map((row, i) =>
    figure(
      `web.first-load.${row.page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root'}`,
      `initial JavaScript, ${row.page} (gzip, ${row.files} files; brotli ${kB(row.brotli)})`,
      row.gzip / 1000,
      'kB',
      i === 0 ? ['<=', GOAL_LOGIN_GZIP / 1000] : null,
    ),
  ),
});
if (!met) process.exitCode = 1;
