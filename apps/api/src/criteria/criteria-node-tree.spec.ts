import { DomainError } from '../common/errors/domain-error';
import { addNode, deleteNode, editNode, type NodeDraft } from './criteria-node-tree';
import type { CreateNodeDto, UpdateNodeDto } from './criteria.dto';

/** A small set: area 1 (1.1, 1.2 with 1.2.1, 1.2.2), area 2 (a leaf area). */
function tree(): NodeDraft[] {
  const node = (code: string, parentCode: string | null, sortOrder: number, leaf: boolean): NodeDraft => ({
    setId: 's1',
    code,
    parentCode,
    sortOrder,
    title: `Tiêu chí ${code}`,
    maxMilli: 1000,
    source: leaf ? 'assessment' : null,
    rule: leaf ? { kind: 'boolean' } : null,
    guidance: null,
    evidenceHint: null,
    leadAgency: null,
    responsibleAgency: null,
    notApplicableAllowed: false,
    indicator: null,
  });
  return [
    node('1', null, 0, false),
    node('1.1', '1', 0, true),
    node('1.2', '1', 1, false),
    node('1.2.1', '1.2', 0, true),
    node('1.2.2', '1.2', 1, true),
    node('2', null, 1, true),
  ];
}

/** `parent/code#order` of every node, in a stable order. */
const shape = (nodes: readonly NodeDraft[]) =>
  nodes.map((n) => `${n.parentCode ?? '-'}/${n.code}#${n.sortOrder}`).sort();

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError)
      return `${error.code} ${error.options.detail?.en ?? error.options.errors?.[0]?.messageEn}`;
    throw error;
  }
  return undefined;
};

describe('addNode', () => {
  const dto = (over: Partial<CreateNodeDto>): CreateNodeDto => ({
    code: 'X',
    title: ' Mới ',
    maxPoints: 1.5,
    ...over,
  });

  it.each<[string, Partial<CreateNodeDto>, string[]]>([
    [
      'last among the areas by default',
      {},
      ['-/1#0', '-/2#1', '-/X#2', '1.2/1.2.1#0', '1.2/1.2.2#1', '1/1.1#0', '1/1.2#1'],
    ],
    [
      'first under a branch, the others move down',
      { parentCode: '1', position: 0 },
      ['-/1#0', '-/2#1', '1.2/1.2.1#0', '1.2/1.2.2#1', '1/1.1#1', '1/1.2#2', '1/X#0'],
    ],
    [
      'a position past the end is the end',
      { parentCode: '1.2', position: 99 },
      ['-/1#0', '-/2#1', '1.2/1.2.1#0', '1.2/1.2.2#1', '1.2/X#2', '1/1.1#0', '1/1.2#1'],
    ],
  ])('%s', (_name, over, expected) => {
    expect(shape(addNode(tree(), 's1', dto(over)))).toEqual(expected);
  });

  it('stores what it was given: trimmed title, thousandths, source from the rule', () => {
    const added = addNode(tree(), 's1', dto({ parentCode: '2', rule: { kind: 'survey' } }));
    expect(added.find((n) => n.code === 'X')).toEqual({
      setId: 's1',
      code: 'X',
      parentCode: '2',
      sortOrder: 0,
      title: 'Mới',
      maxMilli: 1500,
      source: 'survey',
      rule: { kind: 'survey' },
      guidance: null,
      evidenceHint: null,
      leadAgency: null,
      responsibleAgency: null,
      notApplicableAllowed: false,
      indicator: null,
    });
  });

  it.each<[string, Partial<CreateNodeDto>, string | null]>([
    ['a rule without a source: assessment', { rule: { kind: 'boolean' } }, 'assessment'],
    ['a survey rule: survey', { rule: { kind: 'survey' } }, 'survey'],
    ['a source given wins', { rule: { kind: 'boolean' }, source: 'survey' }, 'survey'],
    ['no rule, no source: none', {}, null],
    ['no rule, a source: kept', { source: 'assessment' }, 'assessment'],
  ])('source — %s', (_name, over, source) => {
    expect(addNode(tree(), 's1', dto(over)).find((n) => n.code === 'X')?.source).toBe(source);
  });

  it('the first child turns a leaf into a branch: its rule and source go', () => {
    const nodes = addNode(tree(), 's1', dto({ parentCode: '2' }));
    expect(nodes.find((n) => n.code === '2')).toMatchObject({ rule: null, source: null });
  });

  it('a second child leaves the branch as it is', () => {
    const nodes = tree();
    nodes.find((n) => n.code === '1')!.guidance = 'g';
    expect(addNode(nodes, 's1', dto({ parentCode: '1' })).find((n) => n.code === '1')?.guidance).toBe('g');
  });

  it.each<[string, Partial<CreateNodeDto>, string]>([
    ['a taken code', { code: '1.2.1' }, 'CRITERIA_NODE_INVALID code 1.2.1 exists'],
    ['an unknown parent', { parentCode: '9' }, 'NOT_FOUND No node 9'],
  ])('refuses %s', (_name, over, expected) => {
    expect(codeOf(() => addNode(tree(), 's1', dto(over)))).toBe(expected);
  });
});

describe('editNode', () => {
  it.each<[string, string, UpdateNodeDto, string[]]>([
    [
      'a new code, the children follow',
      '1.2',
      { code: '1.3' },
      ['-/1#0', '-/2#1', '1.3/1.2.1#0', '1.3/1.2.2#1', '1/1.1#0', '1/1.3#1'],
    ],
    [
      'moved first among its siblings',
      '1.2',
      { position: 0 },
      ['-/1#0', '-/2#1', '1.2/1.2.1#0', '1.2/1.2.2#1', '1/1.1#1', '1/1.2#0'],
    ],
    [
      'moved under another parent, the old siblings close the gap',
      '1.1',
      { parentCode: '1.2', position: 1 },
      ['-/1#0', '-/2#1', '1.2/1.1#1', '1.2/1.2.1#0', '1.2/1.2.2#2', '1/1.2#0'],
    ],
    [
      'moved up to the areas, last by default',
      '1.2.1',
      { parentCode: null },
      ['-/1#0', '-/1.2.1#2', '-/2#1', '1.2/1.2.2#0', '1/1.1#0', '1/1.2#1'],
    ],
  ])('%s', (_name, code, dto, expected) => {
    expect(shape(editNode(tree(), code, dto))).toEqual(expected);
  });

  it('edits the fields given and keeps the others', () => {
    const nodes = editNode(tree(), '1.1', {
      title: ' Kế hoạch ',
      maxPoints: '2.25',
      guidance: 'Xem văn bản',
      evidence: 'Quyết định',
      leadAgency: 'SNV',
      responsibleAgency: 'Sở Tư pháp',
    });
    expect(nodes.find((n) => n.code === '1.1')).toEqual({
      setId: 's1',
      code: '1.1',
      parentCode: '1',
      sortOrder: 0,
      title: 'Kế hoạch',
      maxMilli: 2250,
      source: 'assessment',
      rule: { kind: 'boolean' },
      guidance: 'Xem văn bản',
      evidenceHint: 'Quyết định',
      leadAgency: 'SNV',
      responsibleAgency: 'Sở Tư pháp',
      notApplicableAllowed: false,
      indicator: null,
    });
  });

  it.each<[string, string, UpdateNodeDto, string | null]>([
    ['a rule on a node without source: from the rule', '1', { rule: { kind: 'survey' } }, 'survey'],
    ['a rule on a leaf with a source: kept', '1.1', { rule: { kind: 'survey' } }, 'assessment'],
    ['a source given', '1.1', { source: 'survey' }, 'survey'],
  ])('source — %s', (_name, code, dto, source) => {
    expect(editNode(tree(), code, dto).find((n) => n.code === code)?.source).toBe(source);
  });

  it('moving under a leaf turns it into a branch', () => {
    const nodes = editNode(tree(), '1.1', { parentCode: '2' });
    expect(nodes.find((n) => n.code === '2')).toMatchObject({ rule: null, source: null });
  });

  it.each<[string, string, UpdateNodeDto, string]>([
    ['an unknown node', '9', { title: 'x' }, 'NOT_FOUND No node 9'],
    ['a taken code', '1.1', { code: '2' }, 'CRITERIA_NODE_INVALID code 2 exists'],
    ['an unknown parent', '1.1', { parentCode: '9' }, 'NOT_FOUND No node 9'],
    [
      'a move under itself',
      '1',
      { parentCode: '1.2.1' },
      'CRITERIA_NODE_INVALID cannot move a node under itself',
    ],
    [
      'a move onto itself',
      '1.2',
      { parentCode: '1.2' },
      'CRITERIA_NODE_INVALID cannot move a node under itself',
    ],
  ])('refuses %s', (_name, code, dto, expected) => {
    expect(codeOf(() => editNode(tree(), code, dto))).toBe(expected);
  });
});

describe('deleteNode', () => {
  it.each<[string, string, string[]]>([
    [
      'a leaf, its siblings close the gap',
      '1.1',
      ['-/1#0', '-/2#1', '1.2/1.2.1#0', '1.2/1.2.2#1', '1/1.2#0'],
    ],
    ['a branch with its whole subtree', '1', ['-/2#0']],
    ['a nested branch', '1.2', ['-/1#0', '-/2#1', '1/1.1#0']],
  ])('%s', (_name, code, expected) => {
    expect(shape(deleteNode(tree(), code))).toEqual(expected);
  });

  it('refuses an unknown node', () => {
    expect(codeOf(() => deleteNode(tree(), '9'))).toBe('NOT_FOUND No node 9');
  });
});
