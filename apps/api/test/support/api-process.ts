import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const API_BUNDLE = join(__dirname, '..', '..', 'dist', 'main.js');

export interface ApiProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the API says it is running; rejects if it exits first. */
  ready: Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Ctrl-C: SIGINT to the whole process group, as a terminal does. */
  interrupt(): Promise<number | null>;
}

/** Runs the built API (`node apps/api/dist/main.js`, what `npm start` runs) as its own process group. */
export function startApi(env: Record<string, string>): ApiProcess {
  if (!existsSync(API_BUNDLE))
    throw new Error(`${API_BUNDLE} is missing: run \`npx nx build api\` (nx test api does)`);
  const child = spawn(process.execPath, [API_BUNDLE], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/đang chạy \/ running/.test(out)) {
        child.stdout?.off('data', check);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => reject(new Error(`API exited with ${code} before it was ready:\n${out}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    output: () => out,
    ready,
    exited,
    interrupt: () => {
      process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
