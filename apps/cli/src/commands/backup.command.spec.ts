import { runCli } from '../run-cli';
import { memoryIo } from '../../test/memory-io';
import { findApiEntry } from '../support/api-entry';

// The archive itself is tested end to end against PostgreSQL in apps/api/test/backup (which runs this CLI).
describe('par-index backup / restore', () => {
  it.each(['backup', 'restore'])('%s needs exactly one file', async (verb) => {
    const io = memoryIo();
    expect(await runCli([verb], io)).toBe(2);
    expect(io.stderr()).toContain(`USAGE — cần đúng một tệp: par-index ${verb} FILE`);
    const two = memoryIo();
    expect(await runCli([verb, 'a.tar.gz', 'b.tar.gz', '--lang', 'en'], two)).toBe(2);
    expect(two.stderr()).toContain(`exactly one file is needed`);
  });

  it('says so when the API is not built (the database code lives in apps/api/dist/backup.js)', () => {
    expect(() => findApiEntry('backup.js', '/')).toThrow(/apps\/api\/dist\/backup\.js/);
  });

  it('lists both verbs in the help', async () => {
    const io = memoryIo();
    await runCli(['--help'], io);
    expect(io.stdout()).toMatch(/backup\s+Sao lưu toàn bộ/);
    expect(io.stdout()).toMatch(/restore\s+Khôi phục/);
  });
});
