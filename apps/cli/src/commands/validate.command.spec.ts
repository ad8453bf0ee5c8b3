import { readFileSync } from 'node:fs';
import { runCli } from '../run-cli';
import { EXAMPLE_ASSESSMENTS, EXAMPLE_SET, memoryIo } from '../../test/memory-io';

function brokenSet(): string {
  const set = JSON.parse(readFileSync(EXAMPLE_SET, 'utf8')) as { nodes: Record<string, unknown>[] };
  set.nodes[0].maxPoints = 5;
  (set.nodes[1].children as Record<string, unknown>[])[0].rule = { kind: 'magic' };
  return JSON.stringify(set);
}

describe('par-index validate', () => {
  it('confirms a valid set and assessments', async () => {
    const io = memoryIo();
    expect(await runCli(['validate', EXAMPLE_SET, '--assessments', EXAMPLE_ASSESSMENTS], io)).toBe(0);
    expect(io.stdout()).toBe(
      'Hợp lệ: bộ tiêu chí VD-SO-2026 — 3 lĩnh vực, 9 nút, 6 tiêu chí lá, tổng điểm tối đa 10.\n' +
        'Hợp lệ: tệp đánh giá — 5 đơn vị, 29 mục số liệu.\n',
    );
  });

  it('lists every problem of a set with its node, in English on request', async () => {
    const io = memoryIo({ '/virtual/set.json': brokenSet() });
    expect(await runCli(['validate', '--criteria', '/virtual/set.json', '--lang', 'en'], io)).toBe(1);
    expect(io.stderr()).toBe(
      'par-index validate: INVALID_INPUT — file "/virtual/set.json" is invalid (2 issues).\n' +
        "  MAX_POINTS_MISMATCH  Node 1: maxPoints 5 differs from the sum of its children's maxPoints 4.  [/nodes/0/maxPoints]\n" +
        '  UNKNOWN_RULE         Node 2.1: rule kind "magic" is not supported (manual, boolean, tiers, ratio, deduction, survey).  [/nodes/1/children/0/rule/kind]\n',
    );
  });

  it('answers in JSON on stdout for machines, valid or not', async () => {
    const ok = memoryIo();
    expect(await runCli(['validate', EXAMPLE_SET, '--format', 'json'], ok)).toBe(0);
    expect(JSON.parse(ok.stdout())).toEqual({
      ok: true,
      criteriaSet: { code: 'VD-SO-2026', areas: 3, nodes: 9, leaves: 6, maxPoints: 10 },
      assessments: null,
    });
    const bad = memoryIo({ '/virtual/set.json': brokenSet() });
    expect(await runCli(['validate', '/virtual/set.json', '--format', 'json'], bad)).toBe(1);
    const answer = JSON.parse(bad.stdout()) as {
      ok: boolean;
      code: string;
      issues: { code: string; node: string }[];
    };
    expect([answer.ok, answer.code, answer.issues.map((issue) => [issue.code, issue.node])]).toEqual([
      false,
      'INVALID_INPUT',
      [
        ['MAX_POINTS_MISMATCH', '1'],
        ['UNKNOWN_RULE', '2.1'],
      ],
    ]);
  });

  it.each([
    [['validate'], 2, 'USAGE'],
    [['validate', 'a.json', 'b.json'], 2, 'USAGE'],
    [['validate', '/nonexistent/set.json'], 1, 'FILE_UNREADABLE'],
    [['validate', '/virtual/broken.json'], 1, 'INVALID_JSON'],
  ])('%p → exit %p with %p', async (args, exit, code) => {
    const io = memoryIo({ '/virtual/broken.json': '{"format": ' });
    expect(await runCli(args, io)).toBe(exit);
    expect(io.stderr()).toContain(`: ${code} — `);
  });
});
