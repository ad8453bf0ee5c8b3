import { backupCommand, restoreCommand } from './backup.command';
import type { Command } from './command';
import { compareCommand } from './compare.command';
import { explainCommand } from './explain.command';
import { lostPointsCommand } from './lost-points.command';
import { robustnessCommand } from './robustness.command';
import { scoreCommand } from './score.command';
import { seedCommand } from './seed.command';
import { validateCommand } from './validate.command';

/** Every verb, in help order. A new verb (seed, import, export) is one file plus one line here. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  scoreCommand,
  explainCommand,
  lostPointsCommand,
  robustnessCommand,
  compareCommand,
  seedCommand,
  backupCommand,
  restoreCommand,
];
