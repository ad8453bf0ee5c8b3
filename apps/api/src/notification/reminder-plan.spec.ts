import { dueMessage, provinceDateTime, provinceDay, reminderTier } from './reminder-plan';

const DUE = new Date('2027-02-05T16:59:59.999Z'); // end of 5 February in Vietnam
const before = (days: number, hours = 0) => new Date(DUE.getTime() - (days * 24 + hours) * 3_600_000);

describe('reminder plan', () => {
  it('reminds 7 days, then 2 days before the deadline, and never after it', () => {
    expect(reminderTier(DUE, before(8))).toBeNull();
    expect(reminderTier(DUE, before(7))).toBe(7);
    expect(reminderTier(DUE, before(3))).toBe(7);
    expect(reminderTier(DUE, before(2))).toBe(2);
    expect(reminderTier(DUE, before(0, 1))).toBe(2);
    expect(reminderTier(DUE, new Date(DUE.getTime() + 1))).toBeNull();
  });

  it('reads days and deadlines in the province time zone', () => {
    expect(provinceDay(new Date('2027-02-04T18:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2027-02-05');
    expect(provinceDay(new Date('2027-02-04T16:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2027-02-04');
    expect(provinceDateTime(DUE, 'Asia/Ho_Chi_Minh')).toBe('05/02/2027 23:59');
  });

  it('says what is missing, in Vietnamese and English', () => {
    const message = dueMessage({
      stage: 'self_assessment',
      periodName: 'Kỳ 2026',
      due: DUE,
      now: before(7),
      timeZone: 'Asia/Ho_Chi_Minh',
      missingInput: 3,
      missingEvidence: 1,
    });
    expect(message.vi).toBe(
      'Còn 7 ngày đến hạn tự đánh giá (05/02/2027 23:59) — Kỳ 2026: 3 tiêu chí chưa chấm điểm, 1 tiêu chí chưa có tài liệu kiểm chứng.',
    );
    expect(message.en).toContain('3 leaves without a score, 1 leaves without evidence');
  });
});
