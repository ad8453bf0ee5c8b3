import { CliError } from './cli-error';
import { parseOptions } from './parse-options';

describe('parseOptions', () => {
  it('reads the command flags and the common ones', () => {
    const { values, positionals, lang } = parseOptions(
      ['set.json', '--lang', 'en', '--top', '3'],
      { top: { type: 'string' } },
      true,
    );
    expect(values).toEqual({ lang: 'en', top: '3' });
    expect(positionals).toEqual(['set.json']);
    expect(lang).toBe('en');
    expect(parseOptions([], {}).lang).toBe('vi');
  });

  it.each([[['--nope']], [['stray']], [['--top']], [['--lang', 'fr']]])(
    'turns %p into a USAGE error',
    (args) => {
      expect(() => parseOptions(args, { top: { type: 'string' } })).toThrow(CliError);
      try {
        parseOptions(args, { top: { type: 'string' } });
      } catch (error) {
        expect((error as CliError).code).toBe('USAGE');
        expect((error as CliError).exitCode).toBe(2);
      }
    },
  );
});
