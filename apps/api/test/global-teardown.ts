import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkCoverage, readRecords, STATUS_LOG_ENV } from './support/status-coverage';

const CONTRACT = join(__dirname, '..', '..', '..', 'libs', 'contracts', 'openapi.json');

interface TestState {
  pg?: { stop(): Promise<void> };
  dir?: string;
  statusDir?: string;
}

/**
 * Stops the test PostgreSQL, then runs the status-coverage walk (support/status-coverage.ts): every status
 * the API answered in this run must be documented for its operation, and every 201 must carry `Location`.
 */
export default async function globalTeardown() {
  const state = (globalThis as { __PAR_TEST_STATE__?: TestState }).__PAR_TEST_STATE__;
  if (!state) return;
  const statusDir = state.statusDir;
  try {
    await state.pg?.stop();
  } finally {
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  }
  if (!statusDir || process.env[STATUS_LOG_ENV] === 'off') return;
  const records = readRecords(statusDir);
  await rm(statusDir, { recursive: true, force: true });
  if (records.length === 0) return;
  const report = checkCoverage(JSON.parse(readFileSync(CONTRACT, 'utf8')), records);
  const problems = [
    ...report.undocumented.map((line) => `answered but not documented: ${line}`),
    ...report.createdWithoutLocation.map((line) => `201 without Location: ${line}`),
  ];
  if (problems.length > 0) {
    throw new Error(
      `Status coverage (libs/contracts/openapi.json vs. the answers of this test run):\n  ${problems.join('\n  ')}`,
    );
  }
  console.log(
    `\nStatus coverage: ${records.length} answers, ${report.operationsCalled} operations called, ` +
      `${report.covered} (operation, status) pairs answered — all documented.`,
  );
}
