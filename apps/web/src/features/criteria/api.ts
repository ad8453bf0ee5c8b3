import type { components, operations } from '@par/contracts';
import type {
  AdjustmentsV1,
  BandV1,
  CriteriaNodeSummary,
  CriteriaSetDiff,
  CriteriaSetV1,
  DecimalV1,
  LeafSource,
  RuleV1,
} from '@par/scoring';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';

export type CriteriaSetSummary = components['schemas']['CriteriaSetSummaryDto'];
export type CriteriaSetStatus = CriteriaSetSummary['status'];
export type SetIssue = components['schemas']['FieldProblemDto'];
type DetailDto = components['schemas']['CriteriaSetDetailDto'];
type ImportBody = operations['CriteriaSet_importV1']['requestBody']['content']['application/json'];

/** A set with its tree as `par-index.criteria-set/v1` and what still blocks publication. */
export interface CriteriaSetDetail extends Omit<DetailDto, 'document'> {
  document: CriteriaSetV1;
}

/** `GET /criteria-sets/{id}/diff`: both sets' summaries and the node-by-node diff (points in thousandths). */
export interface CriteriaSetComparison {
  before: CriteriaSetSummary;
  after: CriteriaSetSummary;
  diff: CriteriaSetDiff;
}

export type { CriteriaNodeSummary };

/** The fields of a node the editor sends (decimals as text or numbers, rules in v1 JSON). */
export interface NodeFields {
  code: string;
  title: string;
  maxPoints: DecimalV1;
  source?: LeafSource;
  rule?: RuleV1 | null;
  guidance?: string | null;
  evidence?: string | null;
  leadAgency?: string | null;
}

export interface NewNode extends Omit<NodeFields, 'rule' | 'guidance' | 'evidence' | 'leadAgency'> {
  parentCode: string | null;
  rule?: RuleV1;
  guidance?: string;
  evidence?: string;
  leadAgency?: string;
  position?: number;
}

export interface NodeChanges extends Partial<NodeFields> {
  parentCode?: string | null;
  position?: number;
}

export interface SetMetaChanges {
  name?: string;
  sourceDecision?: string | null;
  bands?: BandV1[];
  adjustments?: AdjustmentsV1 | null;
  version: number;
}

export interface CloneInput {
  code: string;
  year: number;
  name?: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The generated contract types the free-form JSON of this module (decimals, rules, the v1 document, the diff)
// as `Record<string, never>`: the real shapes are libs/scoring's v1 types, so they are asserted here, once.

const detailOf = (dto: DetailDto): CriteriaSetDetail => ({
  ...dto,
  document: asContract<CriteriaSetV1>(dto.document),
});

export const criteriaSetKeys = {
  all: ['criteria-sets'] as const,
  lists: () => [...criteriaSetKeys.all, 'list'] as const,
  detail: (id: string) => [...criteriaSetKeys.all, 'detail', id] as const,
  diff: (id: string, against: string) => [...criteriaSetKeys.all, 'diff', id, against] as const,
};

/**
 * For a write's `onError`: a set published meanwhile (409 CRITERIA_SET_FROZEN) is read again, so the page
 * turns read-only while the message says why.
 */
export const refreshWhenFrozen = (queryClient: QueryClient, id: string) => (error: unknown) => {
  if (error instanceof ApiError && error.code === 'CRITERIA_SET_FROZEN')
    void queryClient.invalidateQueries({ queryKey: criteriaSetKeys.detail(id) });
};

export const criteriaSetsQueryOptions = () =>
  queryOptions({
    queryKey: criteriaSetKeys.lists(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/criteria-sets', { signal })),
  });

export const criteriaSetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: criteriaSetKeys.detail(id),
    queryFn: async ({ signal }) =>
      detailOf(await unwrap(api.GET('/api/v1/criteria-sets/{id}', { params: { path: { id } }, signal }))),
  });

export const criteriaSetDiffQueryOptions = (id: string, against: string) =>
  queryOptions({
    queryKey: criteriaSetKeys.diff(id, against),
    queryFn: async ({ signal }) =>
      asContract<CriteriaSetComparison>(
        await unwrap(
          api.GET('/api/v1/criteria-sets/{id}/diff', {
            params: { path: { id }, query: { against } },
            signal,
          }),
        ),
      ),
    enabled: Boolean(against),
  });

/** `POST /criteria-sets`: a whole `par-index.criteria-set/v1` document (the server validates it). */
export const importCriteriaSet = (document: unknown) =>
  unwrap(
    api.POST('/api/v1/criteria-sets', {
      body: asContract<ImportBody>(document),
    }),
  );

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

export const exportCriteriaSet = (id: string) =>
  unwrap(api.GET('/api/v1/criteria-sets/{id}/export', { params: { path: { id } } }));

/** The workbook needs the bearer header, so it is fetched as a blob (then saved with `saveBlob`). */
export const exportCriteriaWorkbook = async (id: string): Promise<Blob> =>
  asContract<Blob>(
    await unwrap(
      api.GET('/api/v1/criteria-sets/{id}/export.xlsx', {
        params: { path: { id } },
        parseAs: 'blob',
      }),
    ),
  );

export const updateCriteriaSet = async (id: string, changes: SetMetaChanges) =>
  detailOf(
    await unwrap(
      api.PATCH('/api/v1/criteria-sets/{id}', {
        params: { path: { id } },
        body: asContract<components['schemas']['UpdateCriteriaSetDto']>(changes),
      }),
    ),
  );

export const deleteCriteriaSet = (id: string) =>
  unwrap(api.DELETE('/api/v1/criteria-sets/{id}', { params: { path: { id } } }));

export const addNode = async (id: string, node: NewNode) =>
  detailOf(
    await unwrap(
      api.POST('/api/v1/criteria-sets/{id}/nodes', {
        params: { path: { id } },
        body: asContract<components['schemas']['CreateNodeDto']>(node),
      }),
    ),
  );

export const updateNode = async (id: string, code: string, changes: NodeChanges) =>
  detailOf(
    await unwrap(
      api.PATCH('/api/v1/criteria-sets/{id}/nodes/{code}', {
        params: { path: { id, code } },
        body: asContract<components['schemas']['UpdateNodeDto']>(changes),
      }),
    ),
  );

export const deleteNode = async (id: string, code: string) =>
  detailOf(
    await unwrap(api.DELETE('/api/v1/criteria-sets/{id}/nodes/{code}', { params: { path: { id, code } } })),
  );

export const publishCriteriaSet = async (id: string) =>
  detailOf(await unwrap(api.POST('/api/v1/criteria-sets/{id}/publish', { params: { path: { id } } })));

export const archiveCriteriaSet = async (id: string) =>
  detailOf(await unwrap(api.POST('/api/v1/criteria-sets/{id}/archive', { params: { path: { id } } })));

export const cloneCriteriaSet = (id: string, body: CloneInput) =>
  unwrap(api.POST('/api/v1/criteria-sets/{id}/clone', { params: { path: { id } }, body }));
