import type { CriteriaNodeV1 } from '@par/scoring';
import { collectLeaves } from './collect-leaves';
import { departmentNodes } from './department-nodes';

/** Every node whose code does not extend its parent's by one ".n" segment, numbered from 1. */
function misnumbered(nodes: readonly CriteriaNodeV1[], parent = ''): string[] {
  return nodes.flatMap((node, i) => {
    const expected = parent ? `${parent}.${i + 1}` : `${i + 1}`;
    return [...(node.code === expected ? [] : [node.code]), ...misnumbered(node.children ?? [], node.code)];
  });
}

describe('departmentNodes', () => {
  const nodes = departmentNodes();

  it('numbers areas, criteria and sub-criteria 1, 1.1, 1.1.1 in order', () => {
    expect(misnumbered(nodes)).toEqual([]);
  });

  it('gives each area to the agency that leads it: legal documents STP, public finance STC, e-government SKHCN/VPUBND', () => {
    const leads = (area: string) =>
      [
        ...new Set(
          collectLeaves(nodes)
            .filter((l) => l.code.startsWith(`${area}.`) && l.source !== 'survey')
            .map((l) => l.leadAgency),
        ),
      ].sort();
    expect(leads('2')).toEqual(['STP']);
    expect(leads('3')).toEqual(['VPUBND']);
    expect(leads('4')).toEqual(['SNV']);
    expect(leads('6')).toEqual(['STC']);
    expect(leads('7')).toEqual(['SKHCN', 'VPUBND']);
  });
});
