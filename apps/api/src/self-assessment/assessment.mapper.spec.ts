import type { EvidenceFile } from '../evidence/evidence-file.entity';
import type { EvidenceLink } from '../evidence/evidence-link.entity';
import { leafIn, smallCriteriaSet } from '../../test/support/criteria-set';
import type { AssessmentItem } from './assessment-item.entity';
import { toEvidenceDto, toItemDto } from './assessment.mapper';

const set = smallCriteriaSet();
const at = (day: number) => new Date(Date.UTC(2026, 2, day));

function item(fields: Partial<AssessmentItem>): AssessmentItem {
  return {
    id: 'item-1.1',
    assessmentId: 'a',
    leafCode: '1.1',
    selfInput: null,
    selfPointsMilli: null,
    selfNote: null,
    selfSource: null,
    indicatorInput: null,
    indicatorSource: null,
    indicatorAt: null,
    selfBy: null,
    selfAt: null,
    round1Input: null,
    round1PointsMilli: null,
    round1Comment: null,
    round1By: null,
    round1At: null,
    explanation: null,
    explanationBy: null,
    explanationAt: null,
    round2Input: null,
    round2PointsMilli: null,
    round2Comment: null,
    round2By: null,
    round2At: null,
    surveyInput: null,
    surveyPointsMilli: null,
    surveyAt: null,
    finalInput: null,
    finalPointsMilli: null,
    version: 1,
    ...fields,
  };
}

describe('toItemDto', () => {
  it('shows a leaf never written with its rule and no stages', () => {
    expect(toItemDto(set, leafIn(set, '1.1'), null, [])).toEqual({
      leafCode: '1.1',
      title: 'Ban hành kế hoạch',
      areaCode: '1',
      maxPoints: 1,
      source: 'assessment',
      ruleKind: 'boolean',
      rule: { kind: 'boolean' },
      leadAgency: 'STP',
      // no node names a responsible agency: the (inherited) lead agency answers for the leaf
      responsibleAgency: 'STP',
      evidenceHint: null,
      guidance: null,
      notApplicableAllowed: false,
      indicator: null,
      pushed: null,
      self: null,
      selfSource: null,
      round1: null,
      explanation: null,
      round2: null,
      survey: null,
      points: null,
      adjusted: false,
      why: 'Chưa có số liệu: 0 điểm, ghi vào danh sách thiếu.',
      whyEn: 'No input: 0 points, listed as missing.',
      evidence: [],
      version: 0,
    });
  });

  it('shows every stage of an item round 1 adjusted, the unit explained and round 2 kept', () => {
    const written = item({
      selfInput: { value: true },
      selfPointsMilli: 1000,
      selfNote: 'Kế hoạch số 12',
      selfBy: 'stp.head',
      selfAt: at(1),
      round1Input: { value: false },
      round1PointsMilli: 0,
      round1Comment: 'Ban hành muộn',
      round1By: 'tdv',
      round1At: at(2),
      explanation: 'Đã ban hành đúng hạn',
      explanationBy: 'stp.head',
      explanationAt: at(3),
      round2Input: { value: false },
      round2PointsMilli: 0,
      round2Comment: 'Giữ nguyên',
      round2By: 'tdv',
      round2At: at(4),
      finalInput: { value: false },
      finalPointsMilli: 0,
      version: 4,
    });
    expect(toItemDto(set, leafIn(set, '1.1'), written, [])).toMatchObject({
      self: { input: { value: true }, points: 1, text: 'Kế hoạch số 12', by: 'stp.head', at: at(1) },
      round1: { input: { value: false }, points: 0, text: 'Ban hành muộn', by: 'tdv', at: at(2) },
      explanation: { input: null, points: null, text: 'Đã ban hành đúng hạn', by: 'stp.head', at: at(3) },
      round2: { input: { value: false }, points: 0, text: 'Giữ nguyên', by: 'tdv', at: at(4) },
      points: 0,
      adjusted: true,
      why: 'Có/không: không đạt → 0 điểm.',
      version: 4,
    });
  });

  it.each<[string, boolean, Partial<AssessmentItem>]>([
    ['round 1 not decided', false, { selfPointsMilli: 1000 }],
    ['round 1 kept the points', false, { selfPointsMilli: 1000, round1PointsMilli: 1000, round1At: at(2) }],
    ['round 1 changed the points', true, { selfPointsMilli: 1000, round1PointsMilli: 500, round1At: at(2) }],
  ])('adjusted when %s: %s', (_name, adjusted, fields) => {
    expect(toItemDto(set, leafIn(set, '1.1'), item(fields), []).adjusted).toBe(adjusted);
  });

  it('shows an item created empty by an upload as no stage yet, version 0', () => {
    const empty = toItemDto(set, leafIn(set, '1.1'), item({ version: 0 }), []);
    expect([empty.self, empty.round1, empty.explanation, empty.round2, empty.version]).toEqual([
      null,
      null,
      null,
      null,
      0,
    ]);
  });
});

describe('toEvidenceDto', () => {
  it('gives the link’s name and stage, the file’s type, size and hash, and its download URL', () => {
    const link = {
      id: 'link-1',
      fileName: 'ke-hoach.pdf',
      stage: 'self',
      uploadedBy: 'stp.editor',
      uploadedAt: at(5),
    } as EvidenceLink;
    const file = { mime: 'application/pdf', sizeBytes: '20480', sha256: 'ab12' } as EvidenceFile;
    expect(toEvidenceDto(link, file)).toEqual({
      id: 'link-1',
      fileName: 'ke-hoach.pdf',
      mime: 'application/pdf',
      size: 20480,
      sha256: 'ab12',
      stage: 'self',
      uploadedBy: 'stp.editor',
      uploadedAt: at(5),
      url: '/api/v1/evidence/link-1',
    });
  });
});
