import { freshIp } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  finalInputsWithoutSurvey,
  issueCodes,
  surveyDefinition,
  surveyWorld,
  type SurveyWorld,
} from './survey-world';

/** `n` copies of each value, in order: `seq(['A', 3], ['B', 1])` → A A A B. */
const seq = (...parts: Array<[string | undefined, number]>) =>
  parts.flatMap(([value, n]) => Array<string | undefined>(n).fill(value));

/**
 * The whole survey path on the real database: define, codes, 150 public answers (with concurrent double
 * submits), paper forms, an import run twice, final inputs, close, compute — the survey points equal the
 * hand-computed ones to the thousandth and compute uses them.
 */
describe('survey: define → codes → answers (online, paper, import) → close → compute', () => {
  let t: TestApp;
  let w: SurveyWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await surveyWorld(t);
  });
  afterAll(() => t.close());

  const answer = (code: string, answers: Record<string, string>) =>
    t.http().post(`/api/v1/public/survey/${code}`).set('X-Forwarded-For', freshIp()).send({ answers });

  it('defines the survey; progress starts at zero', async () => {
    const res = await t
      .http()
      .put(`${w.base}/survey`)
      .set(w.admin.auth)
      .send(surveyDefinition(t.clock.now()));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'open',
      accepting: true,
      acceptingCode: null,
      minResponses: 40,
      started: false,
      received: 0,
      groups: [
        { code: 'LD-SO', quota: 60, unitTypes: ['department'], leafCodes: null, received: 0 },
        { code: 'NGUOI-DAN', quota: 100, unitTypes: null, leafCodes: ['3.1'], received: 0 },
      ],
    });
    expect(res.body.units.map((u: { code: string }) => u.code)).toEqual(['SNV', 'STC', 'STP', 'SXD', 'HTU']);
  });

  it('takes 150 online answers; a code submitted twice at once stores exactly one form', async () => {
    const stp = await issueCodes(t, w, w.admin, 'LD-SO', 'STP', 60);
    const stc = await issueCodes(t, w, w.admin, 'NGUOI-DAN', 'STC', 50);
    const htu = await issueCodes(t, w, w.admin, 'NGUOI-DAN', 'HTU', 40);
    expect(new Set([...stp, ...stc, ...htu]).size).toBe(150);

    const form = await t.http().get(`/api/v1/public/survey/${stp[0]}`).expect(200);
    expect(form.body).toMatchObject({
      unit: { code: 'STP', name: 'Sở Tư pháp' },
      group: { code: 'LD-SO', name: 'Lãnh đạo các sở, ban, ngành' },
      questions: [
        {
          leafCode: '3.1',
          text: 'Mức độ hài lòng về chất lượng phục vụ',
          options: [
            { code: 'A', label: 'Rất tốt', percent: 100, excluded: false },
            { code: 'B', label: 'Tốt', percent: 60, excluded: false },
            { code: 'C', label: 'Chưa tốt', percent: 20, excluded: false },
            { code: 'D', label: 'Kém', percent: 0, excluded: false },
            { code: 'E', label: 'Không biết / không trả lời', percent: 0, excluded: true },
          ],
        },
        { leafCode: '3.2', options: [{ label: 'Hài lòng' }, {}, {}, { code: 'X', excluded: true }] },
      ],
    });
    const citizens = await t.http().get(`/api/v1/public/survey/${stc[0]}`).expect(200);
    expect(citizens.body.questions.map((q: { leafCode: string }) => q.leafCode)).toEqual(['3.1']);

    const stp31 = seq(['A', 30], ['B', 15], ['C', 10], ['D', 3], ['E', 2]);
    const stp32 = seq(['A', 35], ['B', 10], ['C', 5], ['X', 5], [undefined, 5]);
    const stc31 = seq(['A', 10], ['B', 20], ['C', 15], ['D', 5]);
    const htu31 = seq(['A', 8], ['B', 8], ['C', 8], ['D', 8], ['E', 8]);
    const submissions = [
      ...stp.map((code, i) => ({
        code,
        answers: { '3.1': stp31[i]!, ...(stp32[i] ? { '3.2': stp32[i] } : {}) },
      })),
      ...stc.map((code, i) => ({ code, answers: { '3.1': stc31[i]! } })),
      ...htu.map((code, i) => ({ code, answers: { '3.1': htu31[i]! } })),
    ];
    const statuses: number[] = [];
    for (let i = 0; i < submissions.length; i += 10) {
      const batch = submissions.slice(i, i + 10);
      // Every fifth code is sent twice at the same time.
      const sent = await Promise.all(
        batch.flatMap((s, j) => {
          const once = answer(s.code, s.answers);
          return (i + j) % 5 === 0 ? [once, answer(s.code, s.answers)] : [once];
        }),
      );
      statuses.push(...sent.map((r) => r.status));
      for (const r of sent) if (r.status === 409) expect(r.body.code).toBe('CODE_USED');
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(150);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM survey_form WHERE channel = 'online'`,
    );
    expect(n).toBe(150);
    await t.http().get(`/api/v1/public/survey/${stp[0]}`).expect(409);
  });

  it('takes paper forms one by one', async () => {
    const forms = [
      { serial: 'P-001', groupCode: 'LD-SO', unitCode: 'STP', answers: { '3.1': 'A', '3.2': 'A' } },
      { serial: 'P-002', groupCode: 'LD-SO', unitCode: 'STP', answers: { '3.1': 'B' } },
      { serial: 'P-003', groupCode: 'NGUOI-DAN', unitCode: 'STC', answers: { '3.1': 'D' } },
    ];
    for (const form of forms)
      expect(
        (await t.http().post(`${w.base}/survey/forms`).set(w.admin.auth).send(form).expect(201)).body,
      ).toEqual({ serial: form.serial, groupCode: form.groupCode, unitCode: form.unitCode });
  });

  it('imports a file of forms; the same file again skips every form', async () => {
    const file = {
      format: 'par-index.survey-forms/v1',
      forms: [
        ...[1, 2, 3, 4].map((i) => ({
          serial: `I-00${i}`,
          group: 'LD-SO',
          unit: 'STP',
          answers: { '3.1': 'A', '3.2': 'B' },
        })),
        ...[5, 6, 7, 8, 9, 10].map((i) => ({
          serial: `I-0${String(i).padStart(2, '0')}`,
          group: 'NGUOI-DAN',
          unit: 'HTU',
          answers: { '3.1': 'B' },
        })),
      ],
    };
    const first = await t.http().post(`${w.base}/survey/forms/import`).set(w.admin.auth).send(file);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ imported: 10, skipped: 0 });
    const again = await t.http().post(`${w.base}/survey/forms/import`).set(w.admin.auth).send(file);
    expect(again.body).toEqual({ imported: 0, skipped: 10 });

    const progress = await t.http().get(`${w.base}/survey`).set(w.admin.auth).expect(200);
    expect(progress.body).toMatchObject({
      received: 163,
      started: true,
      groups: [
        { code: 'LD-SO', received: 66, codesIssued: 60, codesUsed: 60 },
        { code: 'NGUOI-DAN', received: 97, codesIssued: 90, codesUsed: 90 },
      ],
    });
    const byUnit = Object.fromEntries(
      progress.body.units.map((u: { code: string; received: number; belowMinimum: boolean }) => [
        u.code,
        [u.received, u.belowMinimum],
      ]),
    );
    expect(byUnit).toEqual({
      STP: [66, false],
      STC: [51, false],
      HTU: [46, false],
      SXD: [0, true],
      SNV: [0, true],
    });
  });

  it('final inputs leave the survey leaves to the survey: naming one is refused', async () => {
    const withSurvey = finalInputsWithoutSurvey() as { units: Array<{ items: Record<string, unknown> }> };
    withSurvey.units[0].items['3.1'] = { counts: { A: 1 } };
    const refused = await t.http().post(`${w.base}/assessments/import`).set(w.admin.auth).send(withSurvey);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'SURVEY_LEAF_IN_IMPORT',
      errors: [{ unit: 'STP', leaf: '3.1' }],
    });
    await t
      .http()
      .post(`${w.base}/assessments/import`)
      .set(w.admin.auth)
      .send(finalInputsWithoutSurvey())
      .expect(201);
  });

  it('compute waits for the survey to close', async () => {
    const res = await t.http().post(`${w.base}/results/compute`).set(w.admin.auth).expect(409);
    expect(res.body.code).toBe('SURVEY_NOT_CLOSED');
  });

  it('close turns the counts into each survey leaf’s survey stage', async () => {
    const closed = await t.http().post(`${w.base}/survey/close`).set(w.admin.auth).expect(200);
    expect(closed.body).toMatchObject({ state: 'closed', accepting: false, acceptingCode: 'SURVEY_CLOSED' });

    const counts = await t.http().get(`${w.base}/survey/counts`).set(w.admin.auth).expect(200);
    const stp = counts.body.units.find((u: { code: string }) => u.code === 'STP');
    expect(stp.items).toEqual({
      '3.1': { counts: { A: 35, B: 16, C: 10, D: 3, E: 2 } },
      '3.2': { counts: { A: 36, B: 14, C: 5, X: 5 } },
    });
    const stc = counts.body.units.find((u: { code: string }) => u.code === 'STC');
    expect(stc.items).toEqual({
      '3.1': { counts: { A: 10, B: 20, C: 15, D: 6, E: 0 } },
      '3.2': { counts: { A: 0, B: 0, C: 0, X: 0 } },
    });

    const view = await t.http().get(`${w.base}/assessments/STP`).set(w.admin.auth).expect(200);
    const item = (code: string) => view.body.items.find((i: { leafCode: string }) => i.leafCode === code);
    // 3 × (35·100 + 16·60 + 10·20 + 3·0) / 64 / 100 = 2.184375 → 2.184
    expect(item('3.1')).toMatchObject({
      survey: { input: { counts: { A: 35, B: 16, C: 10, D: 3, E: 2 } }, points: 2.184 },
      points: 2.184,
      adjusted: false,
      round1: null,
      explanation: null,
    });
    // 2 × (36·100 + 14·50 + 5·0) / 55 / 100 = 1.5636… → 1.564
    expect(item('3.2')).toMatchObject({ survey: { points: 1.564 }, points: 1.564, adjusted: false });
    expect(item('1.1').survey).toBeNull();
  });

  it('compute scores the survey points and warns about units below the minimum', async () => {
    const res = await t.http().post(`${w.base}/results/compute`).set(w.admin.auth).expect(200);
    const unit = (code: string) => res.body.units.find((u: { code: string }) => u.code === code);
    // Hand-computed, exact to the thousandth:
    // STC 3.1: 3 × (10·100 + 20·60 + 15·20 + 6·0) / 51 / 100 = 1.47058… → 1.471
    // HTU 3.1: 3 × (8·100 + 14·60 + 8·20 + 8·0) / 38 / 100 = 1.42105… → 1.421
    expect(unit('STP').nodes['3.1'].points).toBe(2.184);
    expect(unit('STP').nodes['3.2'].points).toBe(1.564);
    expect(unit('STP').nodes['3'].points).toBe(3.748);
    expect(unit('STC').nodes['3.1'].points).toBe(1.471);
    expect(unit('STC').nodes['3.2'].points).toBe(0);
    expect(unit('STC').missing).toContain('3.2');
    expect(unit('HTU').nodes['3.1'].points).toBe(1.421);
    expect(unit('SXD').missing).toEqual(expect.arrayContaining(['3.1', '3.2']));
    expect(res.body.warnings.filter((x: { code: string }) => x.code === 'SURVEY_BELOW_MINIMUM')).toEqual([
      { unit: 'SNV', code: 'SURVEY_BELOW_MINIMUM', received: 0, minimum: 40 },
      { unit: 'SXD', code: 'SURVEY_BELOW_MINIMUM', received: 0, minimum: 40 },
    ]);
    expect(res.body.warnings).toContainEqual({
      unit: 'SXD',
      code: 'MISSING_LEAVES',
      leaves: expect.arrayContaining(['3.1', '3.2']),
    });
    // The survey cannot reopen behind computed results.
    const reopen = await t.http().post(`${w.base}/survey/reopen`).set(w.admin.auth).send({});
    expect(reopen.status).toBe(409);
    expect(reopen.body.code).toBe('PERIOD_STATE_CONFLICT');
  });

  it('audits code issuance, the import and the close — never an answer', async () => {
    const rows = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity_type = 'survey' ORDER BY id`,
    );
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'survey.codes')).toHaveLength(3);
    expect(actions).toEqual(expect.arrayContaining(['survey.define', 'survey.import', 'survey.close']));
    expect(actions.filter((a) => a === 'survey.form')).toHaveLength(3);
    expect(actions.some((a) => /answer|public/.test(a))).toBe(false);
  });
});
