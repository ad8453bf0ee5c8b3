import type { operations } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { criteriaSetKeys } from './keys';
import { XLSX_MIME } from './types';

type ImportBody = operations['importCriteriaSetV1']['requestBody']['content']['application/json'];

/** `POST /criteria-sets`: a whole `par-index.criteria-set/v1` document (the server validates it). */
export const importCriteriaSet = (document: unknown) =>
  unwrap(api.POST('/api/v1/criteria-sets', { body: asContract<ImportBody>(document) }));

/** `POST /criteria-sets/import.xlsx`: the officials' workbook as the raw request body. */
export const importCriteriaWorkbook = (file: Blob) =>
  unwrap(
    api.POST('/api/v1/criteria-sets/import.xlsx', {
      // The contract types the binary body as a string; the file itself is what travels.
      body: '',
      bodySerializer: () => file,
      headers: { 'Content-Type': XLSX_MIME },
    }),
  );

/** A file picked for import: a v1 JSON document or the officials' workbook. */
export interface ImportSource {
  kind: 'json' | 'xlsx';
  file: File;
}

/** A JSON file that does not parse is refused before it reaches the API (the message is the file's name). */
export class UnreadableFile extends Error {}

export async function importFile(source: ImportSource) {
  if (source.kind === 'xlsx') return importCriteriaWorkbook(source.file);
  let document: unknown;
  try {
    document = JSON.parse(await source.file.text()) as unknown;
  } catch {
    throw new UnreadableFile(source.file.name);
  }
  return importCriteriaSet(document);
}

export function useImportCriteriaSet({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof importFile>, ImportSource> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: importFile,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: criteriaSetKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
