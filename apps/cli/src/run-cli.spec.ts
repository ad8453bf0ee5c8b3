import type { Command } from './commands/command';
import { runCli } from './run-cli';
import { CliError } from './support/cli-error';
import { memoryIo } from '../test/memory-io';

const boom: Command = {
  name: 'boom',
  summary: { vi: 'nổ', en: 'explodes' },
  usage: '--x',
  run: () => {
    throw new Error('kaput');
  },
};
const refuse: Command = {
  name: 'refuse',
  summary: { vi: 'từ chối', en: 'refuses' },
  usage: '',
  run: () => {
    throw new CliError('INVALID_INPUT', { vi: 'tệp hỏng.', en: 'broken file.' }, [
      {
        code: 'INVALID_RATIO',
        message: 'Đơn vị A, tiêu chí 1.1: mẫu số 0.',
        messageEn: 'Unit A, leaf 1.1: zero.',
        unit: 'A',
        leaf: '1.1',
        path: '/units/0',
      },
    ]);
  },
};
const asyncOk: Command = {
  name: 'later',
  summary: { vi: 'sau', en: 'later' },
  usage: '',
  run: () => Promise.resolve(0),
};

describe('runCli', () => {
  it('prints the help with every command for --help', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const verb of ['validate', 'score', 'explain', 'lost-points', 'robustness', 'compare']) {
      expect(io.stdout()).toContain(`\n  ${verb} `);
    }
    expect(io.stderr()).toBe('');
  });

  it('shows the help on stderr and exits 2 without a command', async () => {
    const io = memoryIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.stderr()).toContain('Cách dùng · Usage');
  });

  it('shows a command help', async () => {
    const io = memoryIo();
    expect(await runCli(['score', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('par-index score — Chấm điểm');
    expect(io.stdout()).toContain('--tie-breaker');
  });

  it('refuses an unknown command with a coded usage error', async () => {
    const io = memoryIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^par-index: USAGE — không có lệnh "frobnicate"/);
  });

  it('prints coded issues with unit and leaf, in English on --lang en', async () => {
    const io = memoryIo();
    expect(await runCli(['refuse', '--lang', 'en'], io, [refuse])).toBe(1);
    expect(io.stderr()).toBe(
      'par-index refuse: INVALID_INPUT — broken file.\n  INVALID_RATIO  Unit A, leaf 1.1: zero.  [/units/0]\n',
    );
  });

  it('turns an unexpected error into INTERNAL_ERROR without a stack trace', async () => {
    const io = memoryIo();
    expect(await runCli(['boom'], io, [boom])).toBe(3);
    expect(io.stderr()).toBe('par-index boom: INTERNAL_ERROR — lỗi nội bộ: kaput\n');
  });

  it('awaits asynchronous commands', async () => {
    expect(await runCli(['later'], memoryIo(), [asyncOk])).toBe(0);
  });
});
