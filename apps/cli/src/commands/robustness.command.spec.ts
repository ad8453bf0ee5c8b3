import { runOnExample } from '../../test/memory-io';

const robustness = (args: string[]) => runOnExample('robustness', args);

describe('par-index robustness', () => {
  it('shows each unit rank range, deterministic for a seed', async () => {
    const first = await robustness(['--iterations', '300', '--seed', '7', '--format', 'json']);
    const second = await robustness(['--iterations', '300', '--seed', '7', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(first.io.stdout()).toBe(second.io.stdout());
    const report = JSON.parse(first.io.stdout()) as {
      iterations: number;
      seed: number;
      units: { code: string; index: number; rank: number; rankLow: number; rankHigh: number }[];
    };
    expect([report.iterations, report.seed]).toEqual([300, 7]);
    // STC and SNV tie on 77.50 with the same 30 answers: sampling error can put either one third
    expect(report.units.map((u) => [u.code, u.index, u.rank, u.rankLow, u.rankHigh])).toEqual([
      ['STP', 97.2, 1, 1, 1],
      ['STC', 77.5, 2, 2, 3],
      ['SXD', 40, 4, 4, 4],
      ['SNV', 77.5, 2, 2, 3],
      ['HTU', 70, 1, 1, 1],
    ]);
  });

  it('prints a table', async () => {
    const { io } = await robustness(['--iterations', '50', '--lang', 'en']);
    expect(io.stdout()).toContain(
      'Rank robustness: 50 draws (seed 1), 3 unit–survey leaf pairs moved within sampling error',
    );
    expect(io.stdout()).toContain('Rank range 5–95%');
  });

  it.each([[['--weights', '1.5']], [['--iterations', 'many']], [['--seed', '-1']]])(
    'refuses %p',
    async (args) => {
      expect((await robustness(args)).code).toBe(2);
    },
  );
});
