import { leafNode } from './leaf-node';

describe('leafNode', () => {
  it('makes an assessment leaf with its rule, guidance, evidence and lead agency', () => {
    expect(
      leafNode(
        '1.1',
        'Ban hành kế hoạch',
        0.5,
        { kind: 'boolean' },
        { guidance: 'g', evidence: 'e', lead: 'SNV' },
      ),
    ).toEqual({
      code: '1.1',
      title: 'Ban hành kế hoạch',
      maxPoints: 0.5,
      source: 'assessment',
      rule: { kind: 'boolean' },
      guidance: 'g',
      evidence: 'e',
      leadAgency: 'SNV',
    });
  });
});
