import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_ASSESSMENTS, EXAMPLE_RESULTS, EXAMPLE_SET } from './memory-io';

// Runs the built bundle the way `npx par-index` does (nx: cli:test depends on cli:build).
const BIN = join(__dirname, '../bin/par-index.cjs');
const BUNDLE = join(__dirname, '../dist/par-index.cjs');

/** Newest modification time of the sources below `dir` (spec files aside). */
function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return newestSource(path);
      return entry.name.endsWith('.spec.ts') ? 0 : statSync(path).mtimeMs;
    }),
  );
}

function parIndex(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the par-index bundle', () => {
  it('is built and newer than its sources (the CLI and the scoring lib it bundles)', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const sources = [join(__dirname, '../src'), join(__dirname, '../../../libs/scoring/src')];
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(
      Math.max(...sources.map((dir) => newestSource(dir))),
    );
  });

  it('scores the reference example exactly, exit 0', () => {
    const { status, stdout, stderr } = parIndex(
      'score',
      '--criteria',
      EXAMPLE_SET,
      '--assessments',
      EXAMPLE_ASSESSMENTS,
    );
    expect([status, stderr]).toEqual([0, '']);
    const expected = JSON.parse(readFileSync(EXAMPLE_RESULTS, 'utf8')) as Record<string, unknown>;
    expect(JSON.parse(stdout)).toStrictEqual({ ...expected, criteriaSet: 'VD-SO-2026' });
  });

  it('refuses bad input with a coded message naming the unit and leaf, exit 1, no stack trace', () => {
    const { status, stdout, stderr } = parIndex(
      'score',
      '--criteria',
      EXAMPLE_SET,
      '--assessments',
      EXAMPLE_SET,
    );
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('par-index score: INVALID_INPUT');
    expect(stderr).toContain('INVALID_FORMAT');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('answers --help and refuses unknown flags with exit 2', () => {
    expect(parIndex('--help').status).toBe(0);
    const { status, stderr } = parIndex('score', '--nope');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^par-index score: USAGE — tham số không hợp lệ: Unknown option '--nope'/);
  });
});
