import { readFormat } from './read-format';

describe('readFormat', () => {
  it('defaults to the first format and accepts the listed ones', () => {
    expect(readFormat(undefined, ['json', 'table'])).toBe('json');
    expect(readFormat('table', ['json', 'table'])).toBe('table');
  });

  it('refuses others with the allowed list', () => {
    expect(() => readFormat('xml', ['json', 'table'])).toThrow('--format takes json | table, got "xml".');
  });
});
