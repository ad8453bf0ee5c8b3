import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';

// On Ctrl-C the terminal signals PostgreSQL and the API together; sessions closed by the server then are
// expected, not errors (57P01 admin_shutdown, 57P02 crash_shutdown).
const SHUTDOWN_NOISE = /terminating connection due to administrator command|57P0[12]/;

/** TypeORM's errors and warnings through Nest's logger, without the shutdown noise. */
export class TypeOrmLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // queries are not logged (slow ones are, below)
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    const message = error instanceof Error ? error.message : error;
    if (!SHUTDOWN_NOISE.test(message)) this.logger.error(`${message} — ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {
    // schema builds never run: migrations only
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = message instanceof Error ? message.message : String(message);
    if (SHUTDOWN_NOISE.test(text)) return;
    if (level === 'warn') this.logger.warn(text);
  }
}
