import type { AssessmentsV1 } from '@par/scoring';

/**
 * The API scores communes and wards on one set (a period set may serve several unit types), while the demo
 * data keeps the wards' inputs in documents of their own copy of the commune set (`PHUONG-<year>` =
 * `XA-<year>`). This folds every document into the one of the set it names in `into` (same leaves), keyed by
 * the target set's code.
 */
export function mergeWardDocuments(
  documents: readonly AssessmentsV1[],
  into: Readonly<Record<string, string>>,
): AssessmentsV1[] {
  const merged = new Map<string, AssessmentsV1>();
  for (const doc of documents) {
    const code = into[doc.criteriaSet] ?? doc.criteriaSet;
    const existing = merged.get(code);
    merged.set(
      code,
      existing ? { ...existing, units: [...existing.units, ...doc.units] } : { ...doc, criteriaSet: code },
    );
  }
  return [...merged.values()];
}
