import { escapeLiteral, type Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { SURVEY_ANSWER_LOCK } from './survey-lock';

/** A code with everything the public page needs about its form, in one indexed lookup. */
export interface CodeRow {
  code_id: string;
  used: boolean;
  group_code: string;
  group_name: string;
  leaf_codes: string[] | null;
  unit_code: string;
  unit_name: string;
  criteria_set_id: string;
  set_version: number;
  survey_id: string;
  state: 'open' | 'closed';
  opens_at: Date;
  closes_at: Date;
  period_name: string;
  year: number;
  period_state: string;
}

const LOOKUP = `SELECT c.id AS code_id, c.used, c.group_code, g.name AS group_name, g.leaf_codes,
       u.code AS unit_code, u.name AS unit_name, pu.criteria_set_id, cs.version AS set_version,
       s.id AS survey_id, s.state, s.opens_at, s.closes_at, p.name AS period_name, p.year, p.state AS period_state
  FROM survey_code c
  JOIN survey s ON s.id = c.survey_id
  JOIN period p ON p.id = s.period_id
  JOIN survey_group g ON g.survey_id = c.survey_id AND g.code = c.group_code
  JOIN unit u ON u.id = c.unit_id
  JOIN period_unit pu ON pu.period_id = s.period_id AND pu.unit_id = c.unit_id
  JOIN criteria_set cs ON cs.id = pu.criteria_set_id
 WHERE c.code_hash = $1`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The public submit's one write, in one round trip: the answer lock (shared), then — in a statement of its
 * own, so it sees a close that committed while it waited — the conditional `UPDATE … WHERE NOT used`
 * that uses the code and the INSERT of the form, together. Sent as one simple-protocol query: PostgreSQL
 * runs the statements as one implicit transaction (all or nothing), each with a fresh snapshot.
 * Values are inlined as escaped literals (the simple protocol takes no parameters); each is checked first.
 */
export class SurveyAnswerRepository {
  private readonly pool: Pool;

  constructor(dataSource: DataSource) {
    // TypeORM's own pg pool (the postgres driver's `master`): the same connections, limits and settings.
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
  }

  /**
   * A named (prepared) statement: planning this 7-table join costs far more than running it (≈ 17 ms vs
   * 0.3 ms), so each connection plans it once.
   */
  async findCode(hash: string): Promise<CodeRow | null> {
    const result = await this.pool.query<CodeRow>({
      name: 'survey-code-lookup',
      text: LOOKUP,
      values: [hash],
    });
    return result.rows[0] ?? null;
  }

  /** True when the form was stored; false when the code was used (or the survey closed) meanwhile. */
  async storeOnline(
    codeId: string,
    now: Date,
    day: string,
    answers: Record<string, string>,
  ): Promise<boolean> {
    if (!UUID.test(codeId) || !DAY.test(day)) throw new Error('invalid survey answer write');
    const at = escapeLiteral(now.toISOString());
    const sql = `SELECT pg_advisory_xact_lock_shared(${SURVEY_ANSWER_LOCK});
      WITH used AS (
        UPDATE survey_code c SET used = true
          FROM survey s
         WHERE c.id = '${codeId}' AND NOT c.used AND s.id = c.survey_id
           AND s.state = 'open' AND s.opens_at <= ${at}::timestamptz AND s.closes_at > ${at}::timestamptz
        RETURNING c.survey_id, c.group_code, c.unit_id)
      INSERT INTO survey_form (survey_id, group_code, unit_id, channel, received_on, answers)
      SELECT survey_id, group_code, unit_id, 'online', '${day}', ${escapeLiteral(JSON.stringify(answers))}::jsonb
        FROM used
      RETURNING 1`;
    const results = (await this.pool.query(sql)) as unknown as { rowCount: number | null }[];
    return (results[1]?.rowCount ?? 0) === 1;
  }
}
