import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp } from './app/create-app';
import { readEnvironment, resolveDataDir, resolveJwtSecret, type AppConfig } from './config/app-config';
import { probeDatabase } from './config/check-database';
import type { ConfigProblem } from './config/env';
import {
  EmbeddedDatabaseError,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './database/embedded-database';
import { describeSeed, seedDemoOnFirstStart } from './demo/seed-on-start';

const EXIT_CONFIG = 78; // EX_CONFIG

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** The built SPA beside the API bundle (apps/web/dist), when present. */
function findWebDist(): string | null {
  const candidates = [resolve(__dirname, '../../web/dist'), resolve(process.cwd(), 'apps/web/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** Boot: validate everything, start the embedded database if needed, serve; stop in order on a signal. */
async function main(): Promise<void> {
  let app: NestFastifyApplication | undefined;
  let embedded: EmbeddedDatabase | undefined;
  let stopping = false;

  const stop = async (code: number): Promise<never> => {
    const force = setTimeout(() => process.exit(code || 1), 15_000);
    force.unref();
    try {
      await app?.close();
    } catch (error) {
      code ||= 1;
      process.stderr.write(
        `Lỗi khi dừng / shutdown error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    await embedded?.stop();
    process.exit(code);
  };
  const fail = async (title: string, problems: ConfigProblem[], code = EXIT_CONFIG): Promise<never> => {
    const lines = problems.map((p) => `  - ${p.variable}: ${p.message}`);
    process.stderr.write(`\n${title}\n${lines.join('\n')}\n\n`);
    return stop(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      say(`\n${signal}: đang dừng / shutting down…`);
      void stop(0);
    });
  }

  const { env, problems } = readEnvironment();
  if (env.DATABASE_URL && !problems.some((p) => p.variable === 'DATABASE_URL')) {
    const failure = await probeDatabase(env.DATABASE_URL);
    if (failure)
      problems.push({ variable: 'DATABASE_URL', message: `không kết nối được / cannot connect: ${failure}` });
  }
  if (env.DATABASE_MIGRATION_URL && !problems.some((p) => p.variable === 'DATABASE_MIGRATION_URL')) {
    const failure = await probeDatabase(env.DATABASE_MIGRATION_URL);
    if (failure)
      problems.push({
        variable: 'DATABASE_MIGRATION_URL',
        message: `không kết nối được / cannot connect: ${failure}`,
      });
  }
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    problems.push({
      variable: 'JWT_SECRET',
      message: 'bắt buộc khi NODE_ENV=production / required in production',
    });
  }
  if (problems.length > 0) return fail('Cấu hình không hợp lệ / Invalid configuration:', problems);

  const dataDir = resolveDataDir(env);
  let databaseUrl = env.DATABASE_URL;
  let migrationDatabaseUrl = env.DATABASE_MIGRATION_URL;
  if (!databaseUrl) {
    try {
      embedded = await startEmbeddedDatabase(dataDir, env.LOG_LEVEL === 'debug' ? say : undefined, say);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const variable = error instanceof EmbeddedDatabaseError ? error.subject : 'PAR_DATA_DIR';
      return fail('Không khởi động được cơ sở dữ liệu / Database start failed:', [{ variable, message }]);
    }
    databaseUrl = embedded.url;
    migrationDatabaseUrl = embedded.ownerUrl;
    say(`PostgreSQL nhúng / embedded PostgreSQL: ${join(dataDir, 'postgres')} (pid ${embedded.pid ?? '?'})`);
  }

  const config: AppConfig = {
    env,
    dataDir,
    databaseUrl,
    migrationDatabaseUrl,
    jwtSecret: await resolveJwtSecret(env, dataDir),
    webDistDir: findWebDist(),
    ...(embedded ? { embeddedDatabaseStatus: embedded.status } : {}),
  };
  try {
    app = await createApp(config);
    // The demo goes in before the port opens: nobody sees a half-loaded province.
    if (env.PAR_SEED_DEMO === '1' || env.PAR_SEED_DEMO === 'true') {
      try {
        const report = await seedDemoOnFirstStart(app, say);
        if (report) say(describeSeed(report));
      } catch (error) {
        process.stderr.write(
          `Không nạp được dữ liệu mẫu / demo seed failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    await app.listen({ port: env.PORT, host: '0.0.0.0' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const variable = (error as { code?: string }).code === 'EADDRINUSE' ? 'PORT' : 'API';
    return fail('Không khởi động được API / API start failed:', [{ variable, message }], 1);
  }
  const base = `http://localhost:${env.PORT}`;
  say(
    `PAR Index đang chạy / running: ${base}  ·  API docs: ${base}/api/docs  ·  health: ${base}/api/v1/health`,
  );
  if (!config.webDistDir) say('Giao diện web chưa build / web app not built: run `npx nx build web`.');
}

void main();
