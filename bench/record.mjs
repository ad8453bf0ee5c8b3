// @ts-check
// What every bench target shares: its figures, written to bench/results/<target>.json with the machine, the
// date and the command, so that `npm run bench` ends with bench/results.json (bench/summary.mjs merges the
// parts and regenerates the summary table in docs/BENCHMARKS.md). Each figure has its goal (or none) and
// `met` true/false (null without a goal), decided here from the value — never typed in by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** @typedef {{ op: '<=' | '>='; value: number }} Goal */
/**
 * @typedef {{ id: string; name: string; value: number; unit: string; goal: Goal | null; met: boolean | null;
 *   runs?: number[]; note?: string }} Figure
 */

/** The machine as it is now: cores, model, memory, Node, load average (1/5/15 min). */
export function machine() {
  const cores = cpus();
  return {
    cpus: cores.length,
    model: cores[0]?.model.trim() ?? 'unknown',
    memBytes: totalmem(),
    freeMemBytes: freemem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/**
 * One figure. `goal` is `['<=', 300]` or `['>=', 0.5]` in the figure's unit, or null (context, no goal).
 * @param {string} id stable key, e.g. `api.public-results.ratio`
 * @param {string} name what it is, for people
 * @param {number} value
 * @param {string} unit
 * @param {['<=' | '>=', number] | null} [goal]
 * @param {{ runs?: number[]; note?: string }} [extra]
 * @returns {Figure}
 */
export function figure(id, name, value, unit, goal = null, extra = {}) {
  const rounded = Math.round(value * 1000) / 1000;
  const g = goal ? { op: goal[0], value: goal[1] } : null;
  const met = g ? (g.op === '<=' ? value <= g.value : value >= g.value) : null;
  return { id, name, value: rounded, unit, goal: g, met, ...extra };
}

/** The median of a list (the upper one of the two middles for an even count). */
export function median(/** @type {number[]} */ values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Writes bench/results/<target>.json: { target, command, date, machine (load at start and end), figures }.
 * @param {{ target: string; command: string; started: string; loadBefore: number[]; figures: Figure[] }} part
 */
export function writePart({ target, command, started, loadBefore, figures }) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const m = machine();
  const file = join(RESULTS_DIR, `${target}.json`);
  const body = {
    target,
    command,
    date: started,
    finished: new Date().toISOString(),
    machine: { ...m, load: undefined, loadBefore, loadAfter: m.load },
    figures,
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  process.stdout.write(`\n${target}: ${figures.length} figures → ${file}\n`);
  return file;
}

/** A part's start: the date and the load average now (call before the measuring starts). */
export function begin() {
  return { started: new Date().toISOString(), loadBefore: machine().load };
}
