import { auditable, diffOf } from './audit-entry.mapper';

describe('auditable', () => {
  it.each([
    ['nothing', null, null],
    ['undefined', undefined, null],
    ['an empty object', {}, {}],
    [
      'plain fields',
      { code: 'STP', active: true, sortOrder: 3 },
      { code: 'STP', active: true, sortOrder: 3 },
    ],
    [
      'a date, as an ISO string',
      { at: new Date('2026-03-01T02:03:04.005Z') },
      { at: '2026-03-01T02:03:04.005Z' },
    ],
    ['arrays, kept', { areaCodes: ['1', '2'] }, { areaCodes: ['1', '2'] }],
    ['nulls, kept', { parentId: null }, { parentId: null }],
    [
      'a relation (entity instance), dropped',
      {
        code: 'STP',
        parent: new (class Unit {
          code = 'UBND';
        })(),
      },
      { code: 'STP' },
    ],
    [
      'a plain object value (a leaf input), kept whole',
      { selfInput: { numerator: 19, denominator: 20 }, nodes: [{ code: '1', rule: { kind: 'boolean' } }] },
      { selfInput: { numerator: 19, denominator: 20 }, nodes: [{ code: '1', rule: { kind: 'boolean' } }] },
    ],
    [
      'secrets inside objects, dropped',
      { key: { name: 'k', keyHash: 'h' }, a: { password: 'p', b: 1 } },
      { a: { b: 1 } },
    ],
    [
      'every secret field, dropped',
      {
        username: 'an',
        passwordHash: 'h',
        keyHash: 'h',
        tokenHash: 'h',
        password: 'p',
        key: 'k',
        refreshToken: 't',
      },
      { username: 'an' },
    ],
    ['a method, dropped', { code: 'X', run: () => 1 }, { code: 'X' }],
  ])('%s', (_name, value, expected) => {
    expect(auditable(value)).toEqual(expected);
  });
});

describe('diffOf', () => {
  it.each<[string, Record<string, unknown> | null, Record<string, unknown> | null, unknown]>([
    ['no sides', null, null, null],
    [
      'a creation',
      null,
      { code: 'STP', name: 'Sở Tư pháp' },
      { code: [null, 'STP'], name: [null, 'Sở Tư pháp'] },
    ],
    ['a deletion', { code: 'STP' }, null, { code: ['STP', null] }],
    ['nothing changed', { code: 'STP', active: true }, { code: 'STP', active: true }, null],
    [
      'one field changed',
      { code: 'STP', active: true },
      { code: 'STP', active: false },
      { active: [true, false] },
    ],
    ['a field that appears', { code: 'STP' }, { code: 'STP', parentId: 'u1' }, { parentId: [null, 'u1'] }],
    ['undefined and null are the same', { parentId: undefined }, { parentId: null }, null],
    [
      'arrays compared by JSON',
      { areaCodes: ['1'] },
      { areaCodes: ['1', '2'] },
      { areaCodes: [['1'], ['1', '2']] },
    ],
    ['updatedAt and version ignored', { version: 1, updatedAt: 'a' }, { version: 2, updatedAt: 'b' }, null],
  ])('%s', (_name, before, after, expected) => {
    expect(diffOf(before, after)).toEqual(expected);
  });
});
