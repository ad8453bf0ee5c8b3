import { execFileSync } from 'node:child_process';

/** Whether a Debian tool is on this machine (.ci/run installs it; a bare laptop may not have it). */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** In CI (CI=true) a missing tool is a failure, not a skip: the tier must really run there. */
export function requireInCi(command: string): boolean {
  const present = hasCommand(command);
  if (!present && process.env.CI === 'true')
    throw new Error(`${command} is required in CI (.ci/run installs it)`);
  return present;
}
