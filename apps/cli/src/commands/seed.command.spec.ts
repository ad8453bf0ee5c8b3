import { createServer } from 'node:net';
import { runCli } from '../run-cli';
import { memoryIo } from '../../test/memory-io';

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 1;
      server.close(() => resolve(port));
    });
  });
}

// The seed itself runs against the real API in apps/api/test/demo (process and in-process tests).
describe('par-index seed', () => {
  it('needs --demo', async () => {
    const io = memoryIo();
    expect(await runCli(['seed'], io)).toBe(2);
    expect(io.stderr()).toContain('USAGE — hiện chỉ có --demo');
  });

  it('needs the admin password, from --password or PAR_ADMIN_PASSWORD', async () => {
    const io = { ...memoryIo(), env: {} };
    expect(await runCli(['seed', '--demo'], io)).toBe(2);
    expect(io.stderr()).toContain('PAR_ADMIN_PASSWORD');
  });

  it('says how to start the product when no API answers, without a stack trace', async () => {
    const io = { ...memoryIo(), env: { PAR_ADMIN_PASSWORD: 'x' } };
    const port = await closedPort();
    expect(await runCli(['seed', '--demo', '--url', `http://127.0.0.1:${port}`], io)).toBe(1);
    expect(io.stderr()).toContain('API_UNREACHABLE');
    expect(io.stderr()).toContain('npm start');
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });
});
