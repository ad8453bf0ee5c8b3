import { ReminderJobService, type ReminderRunReport } from '../../src/notification/reminder-job.service';
import { createUser, type CreatedUser } from '../support/auth';
import { startSmtpSink } from '../support/smtp-sink';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

interface Listed {
  items: Array<{
    id: string;
    kind: string;
    messageVi: string;
    messageEn: string;
    link: string | null;
    readAt: string | null;
  }>;
  unread: number;
}

/**
 * Issue 19, deadlines people see coming: the reminder job (7 and 2 days before a unit's deadline with what
 * is missing, appraisers' queues within their assignment, late units for the standing agency), exactly once
 * even when two runs race, in-app notifications, and the SMTP digest received by an in-process server.
 */
describe('reminders and notifications', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let w: World & { units: string[] };
  let job: ReminderJobService;
  let stpEditor: CreatedUser;
  let stpHead: CreatedUser;
  let stcEditor: CreatedUser;
  let appraiserStp: CreatedUser;
  let appraiserStc: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const DUE = '2026-12-15T16:59:59.999Z'; // '2026-12-15' = the end of that day in Vietnam
  const list = async (user: { auth: Record<string, string> }): Promise<Listed> =>
    (await t.http().get('/api/v1/notifications').set(user.auth).expect(200)).body;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({
      env: {
        SMTP_URL: smtp.url,
        SMTP_FROM: 'Chỉ số CCHC <cchc@laichau.example>',
        NOTIFY_INTERVAL_MINUTES: '0',
      },
    });
    t.clock.setNow(new Date('2026-12-01T03:00:00Z'));
    job = t.app.get(ReminderJobService);
    w = await exampleWorld(t, { deadlines: { selfAssessment: '2026-12-15' } });
    stpEditor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    stpHead = await createUser(t, w.admin, 'unit_head', {
      unitCode: 'STP',
      email: 'thutruong.stp@laichau.example',
    });
    stcEditor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STC' });
    appraiserStp = await createUser(t, w.admin, 'appraiser', { unitCode: 'SNV', areaCodes: ['*'] });
    appraiserStc = await createUser(t, w.admin, 'appraiser', { unitCode: 'SNV', areaCodes: ['*'] });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
    // STP has scored one leaf, with neither evidence nor a note.
    await t
      .http()
      .put(`${base()}/assessments/STP/items/1.1`)
      .set(stpEditor.session.auth)
      .send({ version: 0, input: { value: true } })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('the deadline is stored as an instant (the end of the day in Vietnam)', async () => {
    const period = await t.http().get(base()).set(w.admin.auth).expect(200);
    expect(period.body.deadlines.selfAssessment).toBe(DUE);
  });

  it('nothing is sent more than 7 days before the deadline', async () => {
    const run = await job.run(new Date('2026-12-08T16:00:00Z'));
    expect(run).toEqual({ skipped: false, reminders: [], notifications: 0, mails: 0 });
    expect((await list(stpEditor.session)).items).toEqual([]);
  });

  it('7 days before, each unit’s people are reminded with what is still missing', async () => {
    const run = await job.run(new Date('2026-12-08T17:00:00Z'));
    expect(run.reminders.sort()).toEqual([
      `due:${w.periodId}:self_assessment:STC:7`,
      `due:${w.periodId}:self_assessment:STP:7`,
    ]);
    expect(run.notifications).toBe(3); // STP's editor and head, STC's editor
    const stp = await list(stpEditor.session);
    expect(stp.unread).toBe(1);
    expect(stp.items[0]).toMatchObject({
      kind: 'deadline_soon',
      link: '/self-assessment',
      readAt: null,
      messageVi:
        'Còn 7 ngày đến hạn tự đánh giá (15/12/2026 23:59) — Chỉ số CCHC năm 2026: 4 tiêu chí chưa chấm điểm, 1 tiêu chí chưa có tài liệu kiểm chứng.',
    });
    expect(stp.items[0].messageEn).toContain('4 leaves without a score, 1 leaves without evidence');
    const stc = await list(stcEditor.session);
    expect(stc.items.map((item) => item.messageVi)).toEqual([
      expect.stringContaining('5 tiêu chí chưa chấm điểm, 0 tiêu chí chưa có tài liệu kiểm chứng'),
    ]);
    // Nobody else (another unit's appraiser, the admin) hears of it.
    expect((await list(appraiserStp.session)).items).toEqual([]);
    expect((await list(w.admin)).items).toEqual([]);
  });

  it('the digest: one mail to each user with an address, Vietnamese first, English second', async () => {
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.to).toEqual(['thutruong.stp@laichau.example']);
    expect(mail.from).toBe('cchc@laichau.example');
    expect(mail.subject).toBe('[Chỉ số CCHC] 1 nhắc việc mới / 1 new reminder(s)');
    const vi = mail.text.indexOf('- Còn 7 ngày đến hạn tự đánh giá (15/12/2026 23:59)');
    const en = mail.text.indexOf('- 7 day(s) left until the self-assessment deadline');
    expect(vi).toBeGreaterThan(-1);
    expect(en).toBeGreaterThan(vi);
  });

  it('a reminder is never repeated: the same run again, or the next day, sends nothing', async () => {
    const again = await job.run(new Date('2026-12-08T17:00:00Z'));
    const nextDay = await job.run(new Date('2026-12-09T17:00:00Z'));
    expect(again.reminders).toEqual([]);
    expect(nextDay.reminders).toEqual([]);
    expect((await list(stpHead.session)).items).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
  });

  it('2 days before, two concurrent runs send each reminder exactly once (advisory lock + keys)', async () => {
    const now = new Date('2026-12-13T17:00:00Z');
    const runs: ReminderRunReport[] = await Promise.all([job.run(now), job.run(now), job.run(now)]);
    const sent = runs.flatMap((run) => run.reminders).sort();
    expect(sent).toEqual([
      `due:${w.periodId}:self_assessment:STC:2`,
      `due:${w.periodId}:self_assessment:STP:2`,
    ]);
    expect(runs.reduce((sum, run) => sum + run.notifications, 0)).toBe(3);
    const rows = await t.dataSource.query<{ user_id: string; n: string }[]>(
      `SELECT user_id, count(*) AS n FROM notification WHERE reminder_key LIKE '%:2' GROUP BY user_id`,
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
    const reminders = await t.dataSource.query<{ key: string; recipients: number }[]>(
      `SELECT key, recipients FROM notification_reminder ORDER BY key`,
    );
    expect(reminders).toHaveLength(4);
    const stp = await list(stpEditor.session);
    expect(stp.unread).toBe(2);
    expect(stp.items[0].messageVi).toMatch(/^Còn 2 ngày đến hạn tự đánh giá/);
    // One more digest for the head, never two.
    expect(smtp.mails).toHaveLength(2);
    expect(smtp.mails[1].text).toContain('Còn 2 ngày');
  });

  it('a user marks one read, or all; another user’s notification is 404', async () => {
    const before = await list(stpEditor.session);
    const [first] = before.items;
    await t.http().post(`/api/v1/notifications/${first.id}/read`).set(stcEditor.session.auth).expect(404);
    const read = await t
      .http()
      .post(`/api/v1/notifications/${first.id}/read`)
      .set(stpEditor.session.auth)
      .expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await list(stpEditor.session)).unread).toBe(1);
    expect((await list(stpHead.session)).unread).toBe(2); // the head's own copies are untouched
    // `before`: only what the user has seen (the 7-day reminder, not the 2-day one).
    const head = await list(stpHead.session);
    const older = await t
      .http()
      .post('/api/v1/notifications/read-all')
      .set(stpHead.session.auth)
      .send({ before: '2026-12-10T00:00:00Z' })
      .expect(200);
    expect(older.body).toEqual({ marked: 1 });
    expect((await list(stpHead.session)).unread).toBe(1);
    expect(head.items).toHaveLength(2);
    await t
      .http()
      .post('/api/v1/notifications/read-all')
      .set(stpEditor.session.auth)
      .send({ before: 'yesterday' })
      .expect(400);
    const all = await t
      .http()
      .post('/api/v1/notifications/read-all')
      .set(stpEditor.session.auth)
      .send({})
      .expect(200);
    expect(all.body).toEqual({ marked: 1 });
    expect((await list(stpEditor.session)).unread).toBe(0);
    await t.http().get('/api/v1/notifications').expect(401);
  });

  it('after the deadline the standing agency hears which units are late (daily), the units nothing more', async () => {
    // STP completes and submits in time.
    const inputs: Record<string, object> = {
      '1.2': { numerator: 19, denominator: 20 },
      '1.3': { count: 1 },
      '2.1': { numerator: 195, denominator: 200 },
      '2.2': { points: 1 },
    };
    await t
      .http()
      .put(`${base()}/assessments/STP/items/1.1`)
      .set(stpEditor.session.auth)
      .send({ version: 1, input: { value: true }, note: 'Báo cáo số 12' })
      .expect(200);
    for (const [leaf, input] of Object.entries(inputs))
      await t
        .http()
        .put(`${base()}/assessments/STP/items/${leaf}`)
        .set(stpEditor.session.auth)
        .send({ version: 0, input, note: `Báo cáo kèm theo, mục ${leaf}` })
        .expect(200);
    await t.http().post(`${base()}/assessments/STP/submit`).set(stpHead.session.auth).expect(200);

    const late = await job.run(new Date('2026-12-16T01:00:00Z'));
    expect(late.reminders).toEqual([`late:${w.periodId}:self_assessment:2026-12-16`]);
    const admin = await list(w.admin);
    expect(admin.items).toHaveLength(1);
    expect(admin.items[0]).toMatchObject({ kind: 'units_late', link: `/periods/${w.periodId}` });
    expect(admin.items[0].messageVi).toBe(
      'Quá hạn tự đánh giá — Chỉ số CCHC năm 2026: 4 đơn vị chưa nộp (HTU, SNV, STC, SXD).',
    );
    expect((await job.run(new Date('2026-12-16T10:00:00Z'))).reminders).toEqual([]);
    expect((await job.run(new Date('2026-12-17T01:00:00Z'))).reminders).toEqual([
      `late:${w.periodId}:self_assessment:2026-12-17`,
    ]);
    expect((await list(stcEditor.session)).items).toHaveLength(2);
  });

  it('appraisers hear of the units waiting in their own queue, within their assignment only', async () => {
    await t
      .http()
      .put(`${base()}/appraisal-assignments`)
      .set(w.admin.auth)
      .send({
        assignments: [
          { username: appraiserStp.username, unitCodes: ['STP'] },
          { username: appraiserStc.username, unitCodes: ['STC'] },
        ],
      })
      .expect(200);
    t.clock.setNow(new Date('2026-12-16T02:00:00Z'));
    // Entering appraisal locks the drafts left at the deadline (they are submitted as they are).
    const moved = await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'appraisal' });
    expect(moved.status).toBe(200);
    const run = await job.run(new Date('2026-12-20T02:00:00Z'));
    expect(run.reminders.sort()).toEqual(
      [
        `queue:${w.periodId}:1:${appraiserStp.id}:2026-12-20`,
        `queue:${w.periodId}:1:${appraiserStc.id}:2026-12-20`,
      ].sort(),
    );
    const mine = await list(appraiserStp.session);
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'queue_waiting',
        link: '/appraisal',
        messageVi: '1 đơn vị đã nộp tự đánh giá đang chờ bạn thẩm định — Chỉ số CCHC năm 2026: STP.',
      }),
    ]);
    expect((await list(appraiserStc.session)).items.map((item) => item.messageVi)).toEqual([
      '1 đơn vị đã nộp tự đánh giá đang chờ bạn thẩm định — Chỉ số CCHC năm 2026: STC.',
    ]);
    // The same day again: nothing more.
    expect((await job.run(new Date('2026-12-20T09:00:00Z'))).reminders).toEqual([]);
  });
});
