import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

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

/** Opens a workbook in LibreOffice headless and returns its first sheet as UTF-8 CSV (proves it opens). */
export function xlsxToCsvWithLibreOffice(xlsxPath: string, outDir: string): string {
  // Filter options 44,34,76: comma-separated, double-quoted, UTF-8. A private HOME keeps profiles apart.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76';
  execFileSync('soffice', ['--headless', '--convert-to', filter, '--outdir', outDir, xlsxPath], {
    stdio: 'ignore',
    timeout: 120_000,
    env: { ...process.env, HOME: outDir },
  });
  const csv = join(outDir, `${basename(xlsxPath, '.xlsx')}.csv`);
  return readFileSync(csv, 'utf8');
}
