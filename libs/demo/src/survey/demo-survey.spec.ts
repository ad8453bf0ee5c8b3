import { demoUnits } from '../units/demo-units';
import { demoSurvey } from './demo-survey';

describe('demoSurvey', () => {
  const survey = demoSurvey(new Date('2026-10-15T03:00:00Z'));

  it('opens a week before today for six weeks', () => {
    expect(survey.definition).toMatchObject({
      opensAt: '2026-10-08',
      closesAt: '2026-11-26',
      minResponses: 12,
    });
  });

  it('rates real demo units, with groups that rate their types, from every channel', () => {
    const units = new Map(demoUnits().map((u) => [u.code, u]));
    const groups = new Map(survey.definition.groups.map((g) => [g.code, g]));
    for (const batch of [...survey.online, ...survey.paper, ...survey.imported]) {
      const unit = units.get(batch.unit);
      const group = groups.get(batch.group);
      expect(unit?.group).toBeDefined();
      expect(group).toBeDefined();
      if (group?.unitTypes) expect(group.unitTypes).toContain(unit!.type);
    }
    expect(survey.online.length * survey.paper.length * survey.imported.length).toBeGreaterThan(0);
  });
});
