import 'reflect-metadata';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDataSource, runMigrations } from './data-source';
import { startEmbeddedDatabase } from './embedded-database';

/**
 * `npm run migration:generate -w apps/api -- <Name>`: applies the committed migrations to a throw-away
 * embedded PostgreSQL and writes what the entities still need as a new migration file.
 */
async function generate(): Promise<void> {
  const name = (process.argv[2] ?? '').replace(/[^A-Za-z0-9]/g, '');
  if (!name) {
    process.stderr.write('usage: npm run migration:generate -w apps/api -- <Name>\n');
    process.exit(2);
  }
  const dir = await mkdtemp(join(tmpdir(), 'par-migration-'));
  await chmod(dir, 0o755);
  const db = await startEmbeddedDatabase(join(dir, 'data'));
  try {
    const dataSource = await openDataSource(db.ownerUrl);
    await runMigrations(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      process.stdout.write('Không có thay đổi / no schema changes: entities and migrations agree.\n');
      return;
    }
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    const quote = (q: string) => '`' + q.replace(/`/g, '\\`') + '`';
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((q) => `    await queryRunner.query(${quote(q.query)});`)
  .join('\n')}
  }
}
`;
    const file = resolve(
      __dirname,
      '../src/database/migrations',
      `${stamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
    );
    await writeFile(file, body);
    process.stdout.write(
      `${file}\nThêm ${className} vào migrations/index.ts / add it to migrations/index.ts\n`,
    );
  } finally {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void generate();
