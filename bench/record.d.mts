// Types of record.mjs for the TypeScript benches (libs/scoring, apps/cli).
export interface Goal {
  op: '<=' | '>=';
  value: number;
}
export interface Figure {
  id: string;
  name: string;
  value: number;
  unit: string;
  goal: Goal | null;
  met: boolean | null;
  runs?: number[];
  note?: string;
}
export const RESULTS_DIR: string;
export function machine(): Record<string, unknown>;
export function figure(
  id: string,
  name: string,
  value: number,
  unit: string,
  goal?: ['<=' | '>=', number] | null,
  extra?: { runs?: number[]; note?: string },
): Figure;
export function median(values: number[]): number;
export function writePart(part: {
  target: string;
  command: string;
  started: string;
  loadBefore: number[];
  figures: Figure[];
}): string;
export function begin(): { started: string; loadBefore: number[] };
