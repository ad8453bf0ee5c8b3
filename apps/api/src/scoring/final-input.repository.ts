import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ASSESSMENTS_FORMAT, fromMilli, type AssessmentsV1, type LeafInputV1 } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import type { AssessmentStatus } from '../self-assessment/assessment.entity';

/** An assessment of the period that is not final yet (compute refuses to run while there is one). */
export interface OpenAssessmentRow {
  code: string;
  status: AssessmentStatus;
}

/** The SQL that feeds scoring: the final inputs of a period's units, and who is not final yet. */
@Injectable()
export class FinalInputRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Units of the period whose assessment is not `final`, by unit code. */
  notFinal(manager: EntityManager, periodId: string): Promise<OpenAssessmentRow[]> {
    return manager.query<OpenAssessmentRow[]>(
      `SELECT u.code, a.status FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.period_id = $1 AND a.status <> 'final' ORDER BY u.code`,
      [periodId],
    );
  }

  /** The final inputs of a set's units in `assessments/v1` (what compute scores, and what an export gives). */
  async finalInputs(periodId: string, setId: string, setCode: string): Promise<AssessmentsV1> {
    const rows = await this.dataSource.query<
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
      `SELECT u.code, u.name, pu.group_code, a.bonus_milli, a.penalty_milli, i.leaf_code, i.final_input
         FROM assessment a
         JOIN unit u ON u.id = a.unit_id
         JOIN period_unit pu ON pu.period_id = a.period_id AND pu.unit_id = a.unit_id
         LEFT JOIN assessment_item i ON i.assessment_id = a.id AND i.final_input IS NOT NULL
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
}

function withoutComment(input: LeafInputV1): LeafInputV1 {
  const { comment: _comment, ...rest } = input;
  return rest;
}
