import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from './node-io';

describe('nodeIo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-index-io-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads files and writes output files chunk by chunk', () => {
    const io = nodeIo();
    writeFileSync(join(dir, 'in.txt'), 'xin chào');
    expect(io.readText(join(dir, 'in.txt'))).toBe('xin chào');
    const file = io.openFile(join(dir, 'out.txt'));
    file.write('a');
    file.write('b');
    file.close();
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('ab');
  });

  it('lets a missing file fail with its Node code', () => {
    expect(() => nodeIo().readText(join(dir, 'none'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
