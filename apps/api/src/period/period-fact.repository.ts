import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UnitFact } from './period-transitions';

/** The read behind a state move's preconditions: every participating unit, in the move's transaction. */
@Injectable()
export class PeriodFactRepository {
  /**
   * Per unit (by code): its assessment's status, its own deadlines, whether round 1 still lacks a leaf and
   * whether it adjusted one (the same rule as an item's `adjusted`: round-1 points differ from the unit's).
   */
  async unitFacts(manager: EntityManager, periodId: string): Promise<UnitFact[]> {
    const rows = await manager.query<
      {
        code: string;
        status: string;
        self_due: Date | null;
        expl_due: Date | null;
        awaiting_r1: boolean;
        adjusted: boolean;
      }[]
    >(
      `SELECT u.code, a.status, pu.self_assessment_due AS self_due, pu.explanation_due AS expl_due,
              EXISTS (
                SELECT 1 FROM criteria_node n
                 WHERE n.set_id = a.criteria_set_id AND n.source = 'assessment'
                   AND NOT EXISTS (SELECT 1 FROM criteria_node c WHERE c.set_id = n.set_id AND c.parent_code = n.code)
                   AND NOT EXISTS (SELECT 1 FROM assessment_item i WHERE i.assessment_id = a.id AND i.leaf_code = n.code AND i.r1_at IS NOT NULL)
              ) AS awaiting_r1,
              EXISTS (
                SELECT 1 FROM assessment_item i
                 WHERE i.assessment_id = a.id AND i.r1_at IS NOT NULL
                   AND i.r1_points_milli IS DISTINCT FROM i.self_points_milli
              ) AS adjusted
         FROM assessment a
         JOIN unit u ON u.id = a.unit_id
         JOIN period_unit pu ON pu.period_id = a.period_id AND pu.unit_id = a.unit_id
        WHERE a.period_id = $1
        ORDER BY u.code`,
      [periodId],
    );
    return rows.map((row) => ({
      code: row.code,
      status: row.status,
      selfAssessmentDue: row.self_due,
      explanationDue: row.expl_due,
      awaitingRound1: row.awaiting_r1,
      hasAdjustments: row.adjusted,
    }));
  }
}
