import type { components } from '@par/contracts';
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
import { asContract } from '../../../lib/api-client';

export type CriteriaSetSummary = components['schemas']['CriteriaSetSummaryDto'];
export type CriteriaSetStatus = CriteriaSetSummary['status'];
export type SetIssue = components['schemas']['FieldProblemDto'];
type DetailDto = components['schemas']['CriteriaSetDetailDto'];

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
  responsibleAgency?: string | null;
}

export interface NewNode extends Omit<
  NodeFields,
  'rule' | 'guidance' | 'evidence' | 'leadAgency' | 'responsibleAgency'
> {
  parentCode: string | null;
  rule?: RuleV1;
  guidance?: string;
  evidence?: string;
  leadAgency?: string;
  responsibleAgency?: string;
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
// as `Record<string, never>`: the real shapes are libs/scoring's v1 types, so they are asserted in this
// feature's api files, once each.

export const detailOf = (dto: DetailDto): CriteriaSetDetail => ({
  ...dto,
  document: asContract<CriteriaSetV1>(dto.document),
});
