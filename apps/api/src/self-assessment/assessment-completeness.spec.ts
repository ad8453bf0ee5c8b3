import type { LeafInputV1 } from '@par/scoring';
import { smallCriteriaSet } from '../../test/support/criteria-set';
import { completenessOf } from './assessment-completeness';
import type { EvidenceDto } from './assessment.dto';

const set = smallCriteriaSet(); // self-assessed leaves 1.1, 1.2, 2.1; 2.2 is a survey leaf

const item = (leafCode: string, selfInput: LeafInputV1 | null, selfNote: string | null = null) => ({
  id: `item-${leafCode}`,
  leafCode,
  selfInput,
  selfNote,
});
const file = (stage: 'self' | 'explanation') => ({ stage }) as EvidenceDto;

describe('completenessOf', () => {
  it.each<[string, ReturnType<typeof item>[], [string, ReturnType<typeof file>[]][], string[], string[]]>([
    ['nothing written', [], [], ['1.1', '1.2', '2.1'], []],
    [
      'inputs without evidence or note',
      [
        item('1.1', { value: true }),
        item('1.2', { numerator: 1, denominator: 2 }),
        item('2.1', { value: 3 }),
      ],
      [],
      [],
      ['1.1', '1.2', '2.1'],
    ],
    [
      'self evidence, a note, or not applicable each suffice',
      [
        item('1.1', { value: true }),
        item('1.2', { numerator: 1, denominator: 2 }, 'Theo báo cáo quý'),
        item('2.1', { notApplicable: true }),
      ],
      [['item-1.1', [file('self')]]],
      [],
      [],
    ],
    [
      'a blank note and explanation-stage evidence do not count',
      [
        item('1.1', { value: true }, '   '),
        item('1.2', { numerator: 1, denominator: 2 }),
        item('2.1', { value: 0 }),
      ],
      [
        ['item-1.1', [file('explanation')]],
        ['item-2.1', [file('self')]],
      ],
      [],
      ['1.1', '1.2'],
    ],
    [
      'an item row without input (e.g. created by an upload) is missing input',
      [item('1.1', null), item('1.2', { value: 1 }, 'ghi chú'), item('2.1', { value: 1 }, 'ghi chú')],
      [['item-1.1', [file('self')]]],
      ['1.1'],
      [],
    ],
  ])('%s', (_name, items, evidence, missingInput, missingEvidence) => {
    expect(completenessOf(set, items, new Map(evidence))).toEqual({
      complete: missingInput.length === 0 && missingEvidence.length === 0,
      missingInput,
      missingEvidence,
    });
  });

  it('never asks for the survey leaf', () => {
    const all = [
      item('1.1', { value: true }, 'x'),
      item('1.2', { value: 1 }, 'x'),
      item('2.1', { value: 1 }, 'x'),
    ];
    expect(completenessOf(set, all, new Map())).toEqual({
      complete: true,
      missingInput: [],
      missingEvidence: [],
    });
  });
});
