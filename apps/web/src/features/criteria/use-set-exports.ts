import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../lib/download';
import { exportCriteriaSet, exportCriteriaWorkbook, type CriteriaSetSummary } from './api';

/** Downloads a set as `par-index.criteria-set/v1` JSON or as the officials' workbook. */
export function useSetExports() {
  const json = useMutation({
    mutationFn: async (set: Pick<CriteriaSetSummary, 'id' | 'code'>) => {
      const document = await exportCriteriaSet(set.id);
      saveBlob(
        new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }),
        `bo-tieu-chi-${set.code}.json`,
      );
    },
  });
  const workbook = useMutation({
    mutationFn: async (set: Pick<CriteriaSetSummary, 'id' | 'code'>) =>
      saveBlob(await exportCriteriaWorkbook(set.id), `bo-tieu-chi-${set.code}.xlsx`),
  });
  return { json, workbook, error: json.error ?? workbook.error };
}
