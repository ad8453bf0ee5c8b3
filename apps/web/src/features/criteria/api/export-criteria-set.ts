import { useMutation } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';
import type { CriteriaSetSummary } from './types';

export const exportCriteriaSet = (id: string) =>
  unwrap(api.GET('/api/v1/criteria-sets/{id}/export', { params: { path: { id } } }));

/** The workbook needs the bearer header, so it is fetched as a blob (then saved with `saveBlob`). */
export const exportCriteriaWorkbook = async (id: string): Promise<Blob> =>
  asContract<Blob>(
    await unwrap(
      api.GET('/api/v1/criteria-sets/{id}/export.xlsx', { params: { path: { id } }, parseAs: 'blob' }),
    ),
  );

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
