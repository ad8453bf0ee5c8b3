import type { ResultsV1, UnitResultV1 } from '@par/scoring';
import type { RankingGroupName } from '../../../lib/ranking-groups';

export type { ResultsV1, UnitResultV1 };

export type { RankingGroupName };

/** A published period in the public feed's list (`GET /public/periods`). */
export interface PublicPeriod {
  id: string;
  year: number;
  name: string;
  decisionNo: string;
  decisionDate: string;
  publishedAt: string;
  version: number;
}

/** A unit's change against the latest earlier published year. */
export interface UnitChange {
  year: number;
  from: { code: string; index: number | null; rank: number | null; band: string | null }[];
  indexChange: number | null;
  rankChange: number | null;
}

export interface PublicCriteriaSet {
  code: string;
  name: string;
  bands: { code: string; label: string }[];
  nodes: { code: string; title: string; parentCode: string | null; maxPoints: number }[];
}

/** `GET /public/periods/{id}/results`: results/v1 made self-contained. */
export interface PublicResults {
  format: string;
  criteriaSet: string;
  period: {
    id: string;
    year: number;
    name: string;
    decisionNo: string;
    decisionDate: string;
    publishedAt: string;
    signer: string | null;
    version: number;
  };
  criteriaSets: PublicCriteriaSet[];
  /** The ranking groups in their order, with names (a group never named carries its code as its name). */
  rankingGroups?: RankingGroupName[];
  units: (UnitResultV1 & {
    name: string;
    criteriaSet: string;
    bandLabel: string | null;
    groupName?: string;
    change?: UnitChange | null;
  })[];
}

export interface UnitHistoryRow {
  year: number;
  periodId: string;
  index: number | null;
  rank: number | null;
  band: string | null;
}

export interface SnapshotSummary {
  id: string;
  seq: number;
  provisional: boolean;
  inputsHash: string;
  computedBy: string;
  computedAt: string;
  warnings: number;
}

export interface Snapshot extends Omit<SnapshotSummary, 'warnings'> {
  warnings: { unit: string; code: string; leaves?: string[]; received?: number; minimum?: number }[];
  results: ResultsV1;
}

export interface UnitMove {
  code: string;
  group: string;
  fromIndex: number | null;
  toIndex: number | null;
  indexChange: number | null;
  fromRank: number | null;
  toRank: number | null;
  rankChange: number | null;
  fromBand: string | null;
  toBand: string | null;
}

export interface SnapshotDiff {
  from: Omit<SnapshotSummary, 'warnings'>;
  to: Omit<SnapshotSummary, 'warnings'>;
  units: UnitMove[];
}
