import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app/create-app';
import { Clock } from '../../src/common/time/clock';
import { readEnvironment, type AppConfig } from '../../src/config/app-config';
import { recordStatuses } from './status-coverage';
import { createTestDatabase } from './test-database';

export const ADMIN_PASSWORD = 'quan-tri-thu-nghiem-1';

export interface TestApp {
  app: NestFastifyApplication;
  clock: Clock;
  config: AppConfig;
  /** The app's own connection (role `par_app`: DML only). */
  dataSource: DataSource;
  /** The owner's URL (migrations; set-up a test needs beyond the app's privileges). */
  ownerUrl: string;
  /** supertest against the real HTTP server of the app. */
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The real application (AppModule with its global pipe, guards and filter) on a fresh, migrated database
 * of its own. One per test file: `beforeAll(() => (t = await createTestApp()))`, `afterAll(() => t.close())`.
 */
export async function createTestApp(
  options: { env?: Record<string, string>; webDistDir?: string | null } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'par-test-data-'));
  await chmod(dataDir, 0o755);
  const { env, problems } = readEnvironment({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    PAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
    TRUST_PROXY: 'loopback',
    ...options.env,
  });
  if (problems.length) throw new Error(`invalid test environment: ${JSON.stringify(problems)}`);
  const config: AppConfig = {
    env,
    dataDir,
    databaseUrl: database.appUrl,
    migrationDatabaseUrl: database.url,
    jwtSecret: 'test-secret-test-secret-test-secret-0123456789',
    webDistDir: options.webDistDir ?? null,
  };
  const clock = new Clock();
  const app = await createApp(config, { clock });
  const server = app.getHttpServer();
  recordStatuses(server);
  return {
    app,
    clock,
    config,
    dataSource: app.get(DataSource),
    ownerUrl: database.url,
    http: () => request(server),
    close: async () => {
      await app.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
