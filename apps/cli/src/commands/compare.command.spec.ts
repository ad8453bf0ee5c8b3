import { readFileSync } from 'node:fs';
import { runCli } from '../run-cli';
import { EXAMPLE_RESULTS, memoryIo } from '../../test/memory-io';

const current = readFileSync(EXAMPLE_RESULTS, 'utf8');
const previous = JSON.stringify({
  format: 'par-index.results/v1',
  criteriaSet: 'VD-SO-2025',
  units: [
    {
      code: 'STP',
      group: 'departments',
      points: 8,
      maxPoints: 10,
      index: 80.15,
      rank: 2,
      band: 'T',
      missing: [],
      nodes: {},
    },
    {
      code: 'SXD',
      group: 'departments',
      points: 9,
      maxPoints: 10,
      index: 90,
      rank: 1,
      band: 'XS',
      missing: [],
      nodes: {},
    },
    {
      code: 'OLD',
      group: 'departments',
      points: 5,
      maxPoints: 10,
      index: 50,
      rank: 3,
      band: 'TB',
      missing: [],
      nodes: {},
    },
  ],
});
const files = { '/v/previous.json': previous, '/v/current.json': current, '/v/other.json': '{"format":"x"}' };

async function compare(args: string[]) {
  const io = memoryIo(files);
  const code = await runCli(['compare', ...args], io);
  return { code, io };
}

describe('par-index compare', () => {
  it('tables index and rank changes between two years', async () => {
    const { code, io } = await compare(['--previous', '/v/previous.json', '--current', '/v/current.json']);
    expect(code).toBe(0);
    const lines = io.stdout().split('\n');
    expect(lines[0]).toBe('Mã   Nhóm         Chỉ số  Năm trước  Thay đổi  Hạng  Hạng năm trước  Tăng hạng');
    expect(lines[2]).toBe('STP  departments    97,2      80,15    +17,05     1               2         +1');
    expect(lines[4]).toBe('SXD  departments      40         90       -50     4               1         -3');
    expect(lines.at(-2)).toBe('Không còn trong năm nay: OLD');
  });

  it('answers JSON', async () => {
    const { io } = await compare([
      '--previous',
      '/v/previous.json',
      '--current',
      '/v/current.json',
      '--format',
      'json',
    ]);
    const json = JSON.parse(io.stdout()) as {
      units: { code: string; indexChange: number | null }[];
      dropped: string[];
    };
    expect(json.units.map((u) => [u.code, u.indexChange])).toEqual([
      ['STP', 17.05],
      ['STC', null],
      ['SXD', -50],
      ['SNV', null],
      ['HTU', null],
    ]);
    expect(json.dropped).toEqual(['OLD']);
  });

  it('refuses a file that is not results/v1', async () => {
    const { code, io } = await compare(['--previous', '/v/other.json', '--current', '/v/current.json']);
    expect(code).toBe(1);
    expect(io.stderr()).toBe(
      'par-index compare: INVALID_FORMAT — tệp "/v/other.json" không phải par-index.results/v1.\n',
    );
  });
});
