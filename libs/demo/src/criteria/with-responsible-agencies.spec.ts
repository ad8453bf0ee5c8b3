import { lostPoints, nodeAgencies, parseCriteriaSet } from '@par/scoring';
import { communeCriteriaSet } from './commune-criteria-set';
import { departmentCriteriaSet } from './department-criteria-set';

describe('responsible agencies of the demo sets', () => {
  for (const [label, build] of [
    ['department', departmentCriteriaSet],
    ['commune', communeCriteriaSet],
  ] as const) {
    it(`gives the ${label} set's survey leaves to the agency that manages their area`, () => {
      const parsed = parseCriteriaSet(build(2025));
      if (!parsed.ok) throw new Error('demo set invalid');
      const set = parsed.value;
      const agencies = nodeAgencies(set);
      const survey = set.allNodes.flatMap((node, i) =>
        node.type === 'leaf' && node.source === 'survey'
          ? [[node.code.split('.')[0], agencies[i].responsibleAgency] as const]
          : [],
      );
      const owners = new Set(survey.map(([, agency]) => agency));
      // not Sở Nội vụ for every survey leaf: each area's survey leaves go to its managing agency
      expect(owners.size).toBeGreaterThan(1);
      for (const [area, agency] of survey) {
        if (area === '2') expect(agency).toBe('STP');
        if (area === '3') expect(agency).toBe('VPUBND');
        if (area === '6') expect(agency).toBe('STC');
        if (area === '7') expect(agency).toBe('SKHCN');
      }
      expect(lostPoints(set, []).agencies).toEqual([]);
    });
  }
});
