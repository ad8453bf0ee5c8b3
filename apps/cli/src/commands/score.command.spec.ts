import { readFileSync } from 'node:fs';
import { runCli } from '../run-cli';
import {
  EXAMPLE_RESULTS,
  EXAMPLE_SET,
  exampleAssessments,
  memoryIo,
  runOnExample,
} from '../../test/memory-io';

const expected = JSON.parse(readFileSync(EXAMPLE_RESULTS, 'utf8')) as Record<string, unknown>;

const score = (args: string[], files: Record<string, string> = {}) => runOnExample('score', args, files);

describe('par-index score', () => {
  it('prints results/v1 that reproduces the reference example', async () => {
    const { code, io } = await score([]);
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout())).toStrictEqual({ ...expected, criteriaSet: 'VD-SO-2026' });
    expect(io.stdout()).toMatch(/^\{\n {2}"format": "par-index\.results\/v1",\n/);
    expect(io.stderr()).toBe('');
  });

  it('prints one line with --compact and writes a file with --output', async () => {
    const compact = await score(['--compact']);
    expect(compact.io.stdout().trimEnd().split('\n')).toHaveLength(1);
    const file = await score(['--output', '/virtual/results.json']);
    expect(file.io.stdout()).toBe('');
    expect(JSON.parse(file.io.written.get('/virtual/results.json') ?? '')).toEqual(
      JSON.parse(compact.io.stdout()),
    );
  });

  it('prints a Vietnamese table for people', async () => {
    const { io } = await score(['--format', 'table']);
    expect(io.stdout()).toBe(
      [
        'Kết quả Chỉ số CCHC — bộ tiêu chí VD-SO-2026 (Ví dụ: bộ tiêu chí các sở (rút gọn), năm 2026)',
        '',
        'Nhóm xếp hạng: departments (4 đơn vị)',
        'Hạng  Mã   Đơn vị         Điểm  Tối đa  Chỉ số (%)  Xếp loại  Thiếu số liệu',
        '────  ───  ────────────  ─────  ──────  ──────────  ────────  ─────────────',
        '   1  STP  Sở Tư pháp    9,720  10,000       97,20  Xuất sắc',
        '   2  SNV  Sở Nội vụ     7,750  10,000       77,50  Khá',
        '   2  STC  Sở Tài chính  7,750  10,000       77,50  Khá',
        '   4  SXD  Sở Xây dựng   3,600   9,000       40,00  Yếu',
        '',
        'Nhóm xếp hạng: districts (1 đơn vị)',
        'Hạng  Mã   Đơn vị                 Điểm  Tối đa  Chỉ số (%)  Xếp loại  Thiếu số liệu',
        '────  ───  ────────────────────  ─────  ──────  ──────────  ────────  ─────────────',
        '   1  HTU  UBND huyện Than Uyên  7,000  10,000       70,00  Khá       3.1',
        '',
      ].join('\n'),
    );
  });

  it('takes bands from a file and tie-breakers from flags', async () => {
    const bands = JSON.stringify([
      { code: 'I', label: 'Nhóm I', minIndex: 77.5 },
      { code: 'II', label: 'Nhóm II', minIndex: 0 },
    ]);
    const { io } = await score(['--bands', '/virtual/bands.json', '--tie-breaker', 'node:3'], {
      '/virtual/bands.json': bands,
    });
    const units = (JSON.parse(io.stdout()) as { units: { code: string; band: string; rank: number }[] })
      .units;
    expect(units.map((u) => [u.code, u.band, u.rank])).toEqual([
      ['STP', 'I', 1],
      ['STC', 'I', 2],
      ['SXD', 'II', 4],
      ['SNV', 'I', 2],
      ['HTU', 'II', 1],
    ]);
  });

  it('refuses bad input with every coded issue naming unit and leaf, and prints no partial result', async () => {
    const bad = exampleAssessments((doc) => {
      (doc.units[0].items as Record<string, unknown>)['2.1'] = { numerator: 5, denominator: 0 };
      (doc.units[3].items as Record<string, unknown>)['1.1'] = { value: 'có' };
    });
    const io = memoryIo({ '/virtual/bad.json': bad });
    const code = await runCli(['score', '--criteria', EXAMPLE_SET, '--assessments', '/virtual/bad.json'], io);
    expect(code).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr().split('\n')).toEqual([
      'par-index score: INVALID_INPUT — tệp "/virtual/bad.json" không hợp lệ (2 lỗi).',
      '  INVALID_RATIO        Đơn vị STP, tiêu chí 2.1: mẫu số phải lớn hơn 0, nhận được 0.  [/units/0/items/2.1/denominator]',
      '  INPUT_KIND_MISMATCH  Đơn vị SNV, tiêu chí 1.1: quy tắc "boolean" cần value: true|false, nhận được value.  [/units/3/items/1.1]',
      '',
    ]);
  });

  it.each([
    [
      ['--bands', '/virtual/bands.json'],
      { '/virtual/bands.json': '[{"code":"A","label":"A","minIndex":120}]' },
      1,
      'VALUE_OUT_OF_RANGE',
    ],
    [['--tie-breaker', 'age'], {}, 2, 'USAGE'],
    [['--format', 'xml'], {}, 2, 'USAGE'],
  ])('refuses %p', async (args, files, exit, code) => {
    const { code: actual, io } = await score(args, files);
    expect(actual).toBe(exit);
    expect(io.stderr()).toContain(code);
  });

  it('needs both files', async () => {
    const io = memoryIo();
    expect(await runCli(['score', '--criteria', EXAMPLE_SET], io)).toBe(2);
    expect(io.stderr()).toBe('par-index score: USAGE — thiếu tham số --assessments.\n');
  });
});
