import { parseCsv, readFormsCsv, readFormsJson } from './survey-form-file';

describe('survey forms files', () => {
  it('reads RFC 4180 CSV: quotes, doubled quotes, CRLF, a BOM, and ; when the header has no comma', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
    expect(parseCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('turns rows into forms: data rows from 1, blank lines ignored, empty cells are skipped questions', () => {
    const read = readFormsCsv('serial,group,unit,3.1,3.2\nS-1,G,U,A,\n\nS-2,G,U,,B\n');
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 1, serial: 'S-1', group: 'G', unit: 'U', answers: { '3.1': 'A' } },
        { row: 2, serial: 'S-2', group: 'G', unit: 'U', answers: { '3.2': 'B' } },
      ],
    });
  });

  it('names what is wrong with the file itself', () => {
    expect(readFormsCsv('serial,unit,3.1\nS,U,A')).toMatchObject({
      ok: false,
      problems: [{ code: 'MISSING_COLUMNS' }],
    });
    expect(readFormsJson({ format: 'par-index.survey-forms/v1', forms: {} })).toMatchObject({
      ok: false,
      problems: [{ field: '/forms', code: 'NOT_ARRAY' }],
    });
    expect(readFormsJson([])).toMatchObject({ ok: false, problems: [{ code: 'NOT_OBJECT' }] });
  });
});
