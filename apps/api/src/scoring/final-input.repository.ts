import { Injectable } from '@nestjs/common';
import {
  ASSESSMENTS_FORMAT,
  fromMilli,
  type AssessmentsV1,
  type BandV1,
  type LeafInputV1,
  type TieBreaker,
} from '@par/scoring';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AssessmentStatus } from '../self-assessment/assessment.entity';

/** An assessment of the period that is not final yet (compute refuses to run while there is one). */
export interface OpenAssessmentRow {
  code: string;
  status: AssessmentStatus;
}

/** Every input a compute uses, read in the caller's transaction, with the SHA-256 of each. */
export interface PeriodInputs {
  /** The period's tie-breakers (libs/scoring `TieBreaker`), [] when none. */
  tieBreakers: TieBreaker[];
  sets: { setId: string; setCode: string; bands: BandV1[] | null; document: AssessmentsV1 }[];
  /** Bands of ranking groups that have their own (instead of the set's or the period's), by group code. */
  groupBands: Record<string, BandV1[]>;
  /** Every assessment's status by unit code (a reopen changes the inputs even when no figure moved). */
  statuses: Record<string, AssessmentStatus>;
  surveyState: string | null;
  /** SHA-256 per input: `unit:<code>`, `set:<code>`, `survey`. */
  hashes: Record<string, string>;
  /** SHA-256 over `hashes`. */
  hash: string;
}

/** The SQL that feeds scoring: the final inputs of a period's units, and who is not final yet. */
@Injectable()
export class FinalInputRepository {
  /** Units of the period whose assessment is not `final`, by unit code. */
  notFinal(manager: EntityManager, periodId: string): Promise<OpenAssessmentRow[]> {
    return manager.query<OpenAssessmentRow[]>(
      `SELECT u.code, a.status FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.period_id = $1 AND a.status <> 'final' ORDER BY u.code`,
      [periodId],
    );
  }

  /**
   * The final inputs of a set's units in `assessments/v1` (what compute scores, and what an export gives).
   * `provisional`: where a leaf has no final input yet, the latest stage's (round 2, round 1, self).
   */
  async finalInputs(
    manager: EntityManager,
    periodId: string,
    setId: string,
    setCode: string,
    provisional = false,
  ): Promise<AssessmentsV1> {
    const input = provisional
      ? 'COALESCE(i.final_input, i.r2_input, i.r1_input, i.self_input)'
      : 'i.final_input';
    const rows = await manager.query<
      {
        code: string;
        name: string;
        group_code: string;
        bonus_milli: number;
        penalty_milli: number;
        leaf_code: string | null;
        final_input: LeafInputV1 | null;
      }[]
    >(
      `SELECT u.code, u.name, pu.group_code, a.bonus_milli, a.penalty_milli, i.leaf_code, ${input} AS final_input
         FROM assessment a
         JOIN unit u ON u.id = a.unit_id
         JOIN period_unit pu ON pu.period_id = a.period_id AND pu.unit_id = a.unit_id
         LEFT JOIN assessment_item i ON i.assessment_id = a.id AND ${input} IS NOT NULL
        WHERE a.period_id = $1 AND a.criteria_set_id = $2
        ORDER BY pu.group_code, u.code, i.leaf_code`,
      [periodId, setId],
    );
    const units = new Map<string, AssessmentsV1['units'][number] & { items: Record<string, LeafInputV1> }>();
    for (const row of rows) {
      let unit = units.get(row.code);
      if (!unit) {
        unit = {
          code: row.code,
          name: row.name,
          group: row.group_code,
          items: {},
          bonus: fromMilli(row.bonus_milli),
          penalty: fromMilli(row.penalty_milli),
        };
        units.set(row.code, unit);
      }
      if (row.leaf_code && row.final_input) unit.items[row.leaf_code] = withoutComment(row.final_input);
    }
    return { format: ASSESSMENTS_FORMAT, criteriaSet: setCode, units: [...units.values()] };
  }

  /**
   * Every input of the period as it is now — per set its bands and assessments/v1 document, every status,
   * the survey's state — and the SHA-256 of each. Compute stores the hashes; publish reads them again.
   */
  async periodInputs(manager: EntityManager, periodId: string, provisional = false): Promise<PeriodInputs> {
    const links = await manager.query<{ id: string; code: string; bands: BandV1[] | null }[]>(
      `SELECT s.id, s.code, l.bands FROM period_criteria_set l JOIN criteria_set s ON s.id = l.criteria_set_id
        WHERE l.period_id = $1 ORDER BY s.code`,
      [periodId],
    );
    const statusRows = await manager.query<{ code: string; status: AssessmentStatus }[]>(
      `SELECT u.code, a.status FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.period_id = $1 ORDER BY u.code`,
      [periodId],
    );
    const statuses = Object.fromEntries(statusRows.map((row) => [row.code, row.status]));
    const survey = await manager.query<{ state: string }[]>(`SELECT state FROM survey WHERE period_id = $1`, [
      periodId,
    ]);
    const surveyState = survey[0]?.state ?? null;
    const period = await manager.query<{ tie_breakers: TieBreaker[] | null }[]>(
      `SELECT tie_breakers FROM period WHERE id = $1`,
      [periodId],
    );
    const tieBreakers = period[0]?.tie_breakers ?? [];
    const groupBands = Object.fromEntries(
      (
        await manager.query<{ code: string; bands: BandV1[] }[]>(
          `SELECT code, bands FROM period_ranking_group WHERE period_id = $1 AND bands IS NOT NULL ORDER BY code`,
          [periodId],
        )
      ).map((row) => [row.code, row.bands]),
    );
    const sets: PeriodInputs['sets'] = [];
    const hashes: Record<string, string> = {};
    for (const link of links) {
      const document = await this.finalInputs(manager, periodId, link.id, link.code, provisional);
      sets.push({ setId: link.id, setCode: link.code, bands: link.bands, document });
      hashes[`set:${link.code}`] = sha256(canonicalJson({ id: link.id, bands: link.bands }));
      for (const unit of document.units)
        hashes[`unit:${unit.code}`] = sha256(canonicalJson({ ...unit, status: statuses[unit.code] }));
    }
    for (const [code, status] of Object.entries(statuses))
      hashes[`unit:${code}`] ??= sha256(canonicalJson({ code, status }));
    if (surveyState) hashes['survey'] = sha256(surveyState);
    if (tieBreakers.length) hashes['ranking'] = sha256(canonicalJson(tieBreakers));
    if (Object.keys(groupBands).length) hashes['ranking-groups'] = sha256(canonicalJson(groupBands));
    const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      tieBreakers,
      sets,
      groupBands,
      statuses,
      surveyState,
      hashes: sorted,
      hash: sha256(canonicalJson(sorted)),
    };
  }
}

function withoutComment(input: LeafInputV1): LeafInputV1 {
  const { comment: _comment, ...rest } = input;
  return rest;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted at every level: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
