import type { AssessmentsV1 } from '@par/scoring';
import { mergeWardDocuments } from './merge-ward-documents';

const doc = (criteriaSet: string, codes: string[]): AssessmentsV1 => ({
  format: 'par-index.assessments/v1',
  criteriaSet,
  units: codes.map((code) => ({ code, group: 'communes', items: {} })),
});

describe('mergeWardDocuments', () => {
  it('folds the ward copy into the commune set’s document, keeping the others', () => {
    const merged = mergeWardDocuments(
      [doc('SO-2026', ['STC']), doc('XA-2026', ['X-A']), doc('PHUONG-2026', ['P-B'])],
      { 'PHUONG-2026': 'XA-2026' },
    );
    expect(merged.map((d) => [d.criteriaSet, d.units.map((u) => u.code)])).toEqual([
      ['SO-2026', ['STC']],
      ['XA-2026', ['X-A', 'P-B']],
    ]);
  });

  it('a ward document alone becomes the target set’s document', () => {
    expect(mergeWardDocuments([doc('PHUONG-2025', ['P-B'])], { 'PHUONG-2025': 'XA-2025' })).toEqual([
      doc('XA-2025', ['P-B']),
    ]);
  });
});
