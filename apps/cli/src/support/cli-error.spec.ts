import { CliError, EXIT } from './cli-error';

describe('CliError', () => {
  it('maps usage errors to exit 2 and input errors to exit 1', () => {
    expect(new CliError('USAGE', { vi: 'a', en: 'b' }).exitCode).toBe(EXIT.usage);
    expect(new CliError('INVALID_JSON', { vi: 'a', en: 'b' }).exitCode).toBe(EXIT.invalidInput);
    expect(new CliError('INVALID_INPUT', { vi: 'a', en: 'english' }).message).toBe('english');
  });
});
