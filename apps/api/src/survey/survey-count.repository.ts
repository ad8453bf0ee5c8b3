import type { EntityManager } from 'typeorm';

export interface AnswerCount {
  unitId: string;
  leafCode: string;
  optionCode: string;
  count: number;
}

export interface FormTally {
  /** Forms per respondent group. */
  byGroup: Map<string, number>;
  /** Forms per rated unit (id). */
  byUnit: Map<string, number>;
  total: number;
}

/**
 * The survey's aggregations, in SQL: answers per unit × leaf × option (what close turns into points), and
 * forms per group and per unit (progress). Forms are never read one by one.
 */
export class SurveyCountRepository {
  constructor(private readonly manager: EntityManager) {}

  async answerCounts(surveyId: string): Promise<AnswerCount[]> {
    const rows = await this.manager.query<
      { unit_id: string; leaf_code: string; option_code: string; n: number }[]
    >(
      `SELECT f.unit_id, a.key AS leaf_code, a.value AS option_code, count(*)::int AS n
         FROM survey_form f CROSS JOIN LATERAL jsonb_each_text(f.answers) AS a(key, value)
        WHERE f.survey_id = $1
        GROUP BY f.unit_id, a.key, a.value`,
      [surveyId],
    );
    return rows.map((r) => ({
      unitId: r.unit_id,
      leafCode: r.leaf_code,
      optionCode: r.option_code,
      count: r.n,
    }));
  }

  async formTally(surveyId: string): Promise<FormTally> {
    const rows = await this.manager.query<{ group_code: string; unit_id: string; n: number }[]>(
      `SELECT group_code, unit_id, count(*)::int AS n FROM survey_form WHERE survey_id = $1 GROUP BY group_code, unit_id`,
      [surveyId],
    );
    const tally: FormTally = { byGroup: new Map(), byUnit: new Map(), total: 0 };
    for (const r of rows) {
      tally.byGroup.set(r.group_code, (tally.byGroup.get(r.group_code) ?? 0) + r.n);
      tally.byUnit.set(r.unit_id, (tally.byUnit.get(r.unit_id) ?? 0) + r.n);
      tally.total += r.n;
    }
    return tally;
  }

  async codeTally(surveyId: string): Promise<Map<string, { issued: number; used: number }>> {
    const rows = await this.manager.query<{ group_code: string; issued: number; used: number }[]>(
      `SELECT group_code, count(*)::int AS issued, (count(*) FILTER (WHERE used))::int AS used
         FROM survey_code WHERE survey_id = $1 GROUP BY group_code`,
      [surveyId],
    );
    return new Map(rows.map((r) => [r.group_code, { issued: r.issued, used: r.used }]));
  }

  async hasForms(surveyId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      'SELECT 1 FROM survey_form WHERE survey_id = $1 LIMIT 1',
      [surveyId],
    );
    return rows.length > 0;
  }
}
