import { defineConfig } from '@playwright/test';

// Journeys in Debian's Chromium against the real product: the built API (serving the built SPA) on a fresh
// embedded PostgreSQL with the demo province loaded on first start. Never downloads a browser.
const port = Number(process.env.E2E_PORT ?? 3987);
export const ADMIN_PASSWORD = 'e2e-quan-tri-1';

export default defineConfig({
  testDir: './e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../tmp/e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A fresh data folder (readable by the `postgres` user when run as root); `exec` so SIGINT reaches node,
    // which then stops its embedded PostgreSQL.
    command: `sh -c 'd=$(mktemp -d /tmp/par-e2e-XXXXXX) && chmod 755 "$d" && PAR_DATA_DIR="$d/data" exec node apps/api/dist/main.js'`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGINT', timeout: 20_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), PAR_ADMIN_PASSWORD: ADMIN_PASSWORD, PAR_SEED_DEMO: '1', LOG_LEVEL: 'warn' },
  },
});
