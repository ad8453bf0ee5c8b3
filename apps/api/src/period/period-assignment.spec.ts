import {
  assignUnits,
  groupsSpanningSets,
  setChoiceProblems,
  setRouting,
  unitTypesOf,
  type AssignableUnit,
} from './period-assignment';

const SETS = [
  { id: 'set-so', code: 'SO-2026', status: 'published' as const, unitType: 'department' },
  { id: 'set-xa', code: 'XA-2026', status: 'draft' as const, unitType: 'commune' },
  { id: 'set-old', code: 'SO-2019', status: 'archived' as const, unitType: 'department' },
];

const UNITS: AssignableUnit[] = [
  { id: 'u-stp', code: 'STP', active: true, typeCode: 'department' },
  { id: 'u-stc', code: 'STC', active: true, typeCode: 'department' },
  { id: 'u-tl', code: 'TANLAP', active: true, typeCode: 'commune' },
  { id: 'u-p1', code: 'PHUONG1', active: true, typeCode: 'ward' },
  { id: 'u-old', code: 'SGTVT', active: false, typeCode: 'department' },
];

describe('unitTypesOf', () => {
  it.each<[string, { criteriaSetId: string; unitTypes?: string[] }, string[]]>([
    ['the set’s own type by default', { criteriaSetId: 'set-xa' }, ['commune']],
    ['the types given', { criteriaSetId: 'set-xa', unitTypes: ['commune', 'ward'] }, ['commune', 'ward']],
    ['none for an unknown set', { criteriaSetId: 'nope' }, []],
  ])('%s', (_name, choice, expected) => {
    expect(unitTypesOf(choice, SETS)).toEqual(expected);
  });
});

describe('setChoiceProblems', () => {
  it.each<[string, { criteriaSetId: string; unitTypes?: string[] }[], [string, string, string][]]>([
    ['one good set', [{ criteriaSetId: 'set-so' }], []],
    ['two sets for two types', [{ criteriaSetId: 'set-so' }, { criteriaSetId: 'set-xa' }], []],
    [
      'an unknown set',
      [{ criteriaSetId: 'nope' }],
      [['criteriaSets.0', 'NOT_FOUND', 'No such criteria set']],
    ],
    [
      'an archived set',
      [{ criteriaSetId: 'set-so' }, { criteriaSetId: 'set-old', unitTypes: ['ward'] }],
      [['criteriaSets.1', 'ARCHIVED', 'SO-2019 is archived']],
    ],
    [
      'two sets for one type',
      [{ criteriaSetId: 'set-so' }, { criteriaSetId: 'set-xa', unitTypes: ['commune', 'department'] }],
      [['criteriaSets', 'DUPLICATE_UNIT_TYPE', 'One set per unit type']],
    ],
    [
      'one set given its type twice is not a duplicate',
      [{ criteriaSetId: 'set-so', unitTypes: ['a', 'a'] }],
      [],
    ],
  ])('%s', (_name, choices, expected) => {
    expect(
      setChoiceProblems(choices, SETS).map((problem) => [problem.field, problem.code, problem.messageEn]),
    ).toEqual(expected);
  });

  it('says it in Vietnamese too', () => {
    expect(setChoiceProblems([{ criteriaSetId: 'set-old' }], SETS)[0].message).toBe('SO-2019 đã lưu trữ');
  });
});

describe('setRouting', () => {
  it('one set: no routing, it scores every unit', () => {
    expect(setRouting([{ criteriaSetId: 'set-so', unitTypes: ['department'] }])).toBeNull();
  });

  it('several sets: each unit type to its set', () => {
    const routing = setRouting([
      { criteriaSetId: 'set-so', unitTypes: ['department'] },
      { criteriaSetId: 'set-xa', unitTypes: ['commune', 'ward'] },
    ]);
    expect([...routing!.entries()]).toEqual([
      ['department', 'set-so'],
      ['commune', 'set-xa'],
      ['ward', 'set-xa'],
    ]);
  });
});

describe('assignUnits', () => {
  const routing = new Map([
    ['department', 'set-so'],
    ['commune', 'set-xa'],
  ]);
  const summary = (result: ReturnType<typeof assignUnits>) => ({
    assigned: result.assigned.map((a) => `${a.unit.code}:${a.group}:${a.setId}`),
    problems: result.problems.map((p) => `${p.field} ${p.code} ${p.messageEn}`),
  });

  it.each<[string, { code: string; group: string }[], ReturnType<typeof setRouting>, object]>([
    [
      'the only set scores every unit, whatever its type',
      [
        { code: 'STP', group: 'departments' },
        { code: 'TANLAP', group: 'communes' },
      ],
      null,
      { assigned: ['STP:departments:set-so', 'TANLAP:communes:set-so'], problems: [] },
    ],
    [
      'each unit the set of its type',
      [
        { code: 'STP', group: 'departments' },
        { code: 'TANLAP', group: 'communes' },
      ],
      routing,
      { assigned: ['STP:departments:set-so', 'TANLAP:communes:set-xa'], problems: [] },
    ],
    [
      'a type no set scores',
      [{ code: 'PHUONG1', group: 'communes' }],
      routing,
      {
        assigned: [],
        problems: ['units.0.code NO_SET_FOR_UNIT_TYPE No criteria set for unit type ward (PHUONG1)'],
      },
    ],
    [
      'unknown, inactive and repeated units, each named at its place',
      [
        { code: 'STP', group: 'a' },
        { code: 'NOPE', group: 'a' },
        { code: 'SGTVT', group: 'a' },
        { code: 'STP', group: 'b' },
      ],
      routing,
      {
        assigned: ['STP:a:set-so'],
        problems: [
          'units.1.code UNIT_NOT_FOUND No active unit NOPE',
          'units.2.code UNIT_NOT_FOUND No active unit SGTVT',
          'units.3.code DUPLICATE_UNIT STP is listed twice',
        ],
      },
    ],
  ])('%s', (_name, inputs, routes, expected) => {
    expect(summary(assignUnits(inputs, UNITS, SETS, routes))).toEqual(expected);
  });

  it('with no set at all, no unit can be scored', () => {
    expect(summary(assignUnits([{ code: 'STP', group: 'a' }], UNITS, [], null))).toEqual({
      assigned: [],
      problems: ['units.0.code NO_SET_FOR_UNIT_TYPE No criteria set for unit type department (STP)'],
    });
  });
});

describe('groupsSpanningSets', () => {
  const row = (unit: string, group: string, setId: string) => ({ unit: { code: unit }, group, setId });

  it.each<[string, ReturnType<typeof row>[], string[]]>([
    ['nobody', [], []],
    ['one group, one set', [row('STP', 'g', 's1'), row('STC', 'g', 's1')], []],
    ['two groups, two sets', [row('STP', 'g1', 's1'), row('TANLAP', 'g2', 's2')], []],
    [
      'a group on two sets, naming the first unit that differs',
      [row('STP', 'g', 's1'), row('TANLAP', 'g', 's2'), row('PHUONG1', 'g', 's3')],
      ['units GROUP_SPANS_SETS Ranking group "g" mixes units scored on different sets (TANLAP)'],
    ],
    [
      'only the first such group',
      [row('A', 'g1', 's1'), row('B', 'g1', 's2'), row('C', 'g2', 's1'), row('D', 'g2', 's2')],
      ['units GROUP_SPANS_SETS Ranking group "g1" mixes units scored on different sets (B)'],
    ],
  ])('%s', (_name, assigned, expected) => {
    expect(groupsSpanningSets(assigned).map((p) => `${p.field} ${p.code} ${p.messageEn}`)).toEqual(expected);
  });

  it('says it in Vietnamese too', () => {
    expect(groupsSpanningSets([row('A', 'g', 's1'), row('B', 'g', 's2')])[0].message).toBe(
      'Nhóm xếp hạng "g" gồm đơn vị chấm theo các bộ tiêu chí khác nhau (B)',
    );
  });
});
