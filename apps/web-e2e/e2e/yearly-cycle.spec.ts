import { expect, test, type Page } from '@playwright/test';
import { ADMIN, expectAccessible, screenPath, signIn } from './support';

// The standing agency's year in the browser, end to end on a period of its own (two agencies, so it stays
// quick): set up with the wizard, opened, a refused move explained, the deadline moved into the past, the
// council's round 1 accepted in bulk (undone once, then again), round 2 opened at once since nobody has
// anything to explain, both units finalized together, computed, published with a dd/mm/yyyy decision date,
// and read on the public page in the official style. Runs last: it publishes a newer period.

/** Confirms a dialog and waits for it to close (a bulk step over a hundred leaves may take a while). */
const confirmIn = async (page: Page, dialog: string, button: string, timeout = 10_000) => {
  const box = page.getByRole('dialog', { name: dialog });
  await box.getByRole('button', { name: button }).click();
  await expect(box).toBeHidden({ timeout });
};
const BULK = 90_000;

const move = async (page: Page, state: string) => {
  await page.getByRole('button', { name: `Chuyển sang: ${state}` }).click();
  await confirmIn(page, `Chuyển kỳ đánh giá sang bước “${state}”?`, `Chuyển sang: ${state}`);
};

test.describe('the standing agency’s year', () => {
  test.use({ viewport: { width: 1366, height: 900 } });
  test.setTimeout(360_000);

  test('sets up a period, the council decides in bulk, publishes, and the public reads it', async ({
    page,
  }) => {
    await signIn(page, ADMIN.username, ADMIN.password);

    // 1. The wizard: next free year, the agencies' set, two agencies, a deadline typed day first.
    await page.goto('/periods/new');
    const basics = page.getByRole('form', { name: 'Năm và tên' });
    await expect(basics.getByLabel(/^Năm/)).toHaveValue('2027');
    const periodName = await basics.getByLabel(/^Tên kỳ đánh giá/).inputValue();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const sets = page.getByRole('form', { name: 'Bộ tiêu chí' });
    const pick = sets.getByLabel('Thêm bộ tiêu chí');
    const so = await pick.locator('option', { hasText: 'SO-2026' }).first().getAttribute('value');
    await pick.selectOption(so);
    await sets.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const units = page.getByRole('form', { name: 'Đơn vị tham gia' });
    await units.getByLabel('Tham gia Sở Tư pháp').check();
    await units.getByLabel('Tham gia Sở Tài chính').check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const deadlines = page.getByRole('form', { name: 'Thời hạn' });
    await deadlines.getByLabel('Hạn tự đánh giá').fill('15/12/2027 17:00');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Tạo kỳ đánh giá' }).click();

    // 2. The period page: in setup nobody is "self-assessing" yet.
    await expect(page.getByRole('heading', { level: 1, name: periodName })).toBeVisible();
    const periodUrl = page.url();
    const periodId = periodUrl.split('/').at(-1)!;
    const unitsTable = page.getByRole('table', { name: 'Đơn vị tham gia' });
    await expect(unitsTable.getByText('Chưa bắt đầu')).toHaveCount(2);
    await expect(unitsTable.getByText('Đang tự đánh giá')).toHaveCount(0);
    await expect(unitsTable.getByText('Sở, ban, ngành').first()).toBeVisible();
    await expectAccessible(page, 'a period in setup');
    await move(page, 'Tự đánh giá');

    // 3. A refused move, in words: the units by name, linked, once; what to do.
    await page.getByRole('button', { name: 'Chuyển sang: Thẩm định vòng 1' }).click();
    await confirmIn(
      page,
      'Chuyển kỳ đánh giá sang bước “Thẩm định vòng 1”?',
      'Chuyển sang: Thẩm định vòng 1',
    );
    const refusal = page.getByRole('alert').filter({ hasText: 'Chưa chuyển được bước' });
    await expect(refusal).toContainText('2 đơn vị chưa nộp phiếu tự đánh giá');
    await expect(refusal.getByRole('link', { name: 'Sở Tư pháp' })).toHaveCount(1);
    await expect(refusal.getByRole('link', { name: 'Sở Tài chính' })).toHaveCount(1);
    await expect(refusal).not.toContainText('UNITS_NOT_SUBMITTED');
    await expect(refusal).not.toContainText('STP');
    await expectAccessible(page, 'a refused move');
    await page.screenshot({ path: screenPath('period-refusal') });

    // 4. The deadline moved into the past: asked first, then the drafts are locked and round 1 opens.
    await page.getByRole('button', { name: 'Sửa tên, hạn' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa tên và hạn của kỳ đánh giá' });
    await edit.getByLabel('Hạn tự đánh giá').fill('01/12/2025 08:00');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await confirmIn(page, 'Dời hạn về thời điểm đã qua?', 'Vẫn lưu');
    await expect(edit).toBeHidden();
    await move(page, 'Thẩm định vòng 1');
    await expect(page.locator('[aria-current="step"]')).toHaveText('Thẩm định vòng 1');

    // 5. Round 1 in bulk: accept everything pending, undo once, accept again.
    await page.goto(`/appraisal?period=${periodId}`);
    const acceptAll = page.getByRole('button', { name: /^Chấp nhận tất cả \d+ tiêu chí đang chờ$/ });
    await expect(acceptAll).toBeVisible();
    await expectAccessible(page, 'the appraisal workspace');
    const label = (await acceptAll.textContent())!;
    await acceptAll.click();
    await confirmIn(page, `Chấp nhận hàng loạt ${label.match(/\d+/)![0]} tiêu chí?`, label, BULK);
    const summary = page.locator('.bulk-summary');
    await expect(summary).toContainText(/Đã thực hiện \d+; bị từ chối 0\./);
    await page.screenshot({ path: screenPath('appraisal-bulk-accept') });
    await summary.getByRole('button', { name: 'Hoàn tác thao tác vừa rồi' }).click();
    await expect(summary).toContainText(/Đã hoàn tác \d+; không hoàn tác được 0\./, { timeout: BULK });
    await acceptAll.click();
    await confirmIn(page, `Chấp nhận hàng loạt ${label.match(/\d+/)![0]} tiêu chí?`, label, BULK);
    await expect(summary).toContainText(/Đã thực hiện \d+; bị từ chối 0\./);
    await expect(page.getByText('Không còn tiêu chí nào chờ thẩm định')).toBeVisible();

    // 6. Nothing adjusted, nothing to explain: round 2 opens at once.
    await page.goto(periodUrl);
    await move(page, 'Giải trình');
    await move(page, 'Thẩm định vòng 2');
    await expect(page.locator('[aria-current="step"]')).toHaveText('Thẩm định vòng 2');

    // 7. The council finalizes both units in one step.
    await page.goto(`/appraisal?period=${periodId}`);
    await page.getByLabel('Chọn tất cả đơn vị').check();
    await page.getByRole('button', { name: 'Chốt kết quả 2 đơn vị đã chọn' }).click();
    await confirmIn(page, 'Chốt kết quả 2 đơn vị?', 'Chốt kết quả 2 đơn vị đã chọn', BULK);
    await expect(page.locator('.bulk-summary')).toContainText('Đã thực hiện 2; bị từ chối 0.');
    await expectAccessible(page, 'round 2 finalized in bulk');

    // 8. Compute and publish, the decision dated day first; the public page says it the official way.
    await page.goto(periodUrl);
    await page.getByRole('button', { name: 'Tính điểm, xếp hạng' }).click();
    await expect(page.getByText('Đã tính điểm, xếp hạng, xếp loại.')).toBeVisible();
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    const publish = page.getByRole('dialog', { name: /^Công bố kết quả/ });
    await publish.getByLabel(/^Số quyết định/).fill('12/QĐ-UBND');
    await publish.getByLabel(/^Ngày quyết định/).fill('06/03/2028');
    const acknowledge = publish.getByLabel('Tôi đã xem các cảnh báo và vẫn công bố');
    if (await acknowledge.count()) {
      await acknowledge.check();
      await publish
        .getByLabel(/^Lý do công bố dù còn cảnh báo/)
        .fill('Hành trình kiểm thử: công bố để xem trang công khai');
    }
    await expectAccessible(page, 'the publish dialog');
    await publish.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expect(publish).toBeHidden();
    await expect(page.locator('[aria-current="step"]')).toHaveText('Đã công bố');
    await expect(page.getByText(/ngày 06 tháng 3 năm 2028/).first()).toBeVisible();

    await page.goto('/cong-khai/ket-qua');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: periodName }) });
    await expect(card).toContainText('Quyết định số 12/QĐ-UBND ngày 06 tháng 3 năm 2028');
    await expectAccessible(page, 'the public periods');
    await page.screenshot({ path: screenPath('public-periods-after-publish') });
  });

  test('the audit log reads in words, and the analysis opens', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.goto('/admin/audit');
    const table = page.getByRole('table', { name: 'Nhật ký hệ thống' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(text).not.toMatch(/\b(period|assessment|auth|user|unit)\.[a-z_]+\b/);
    await expectAccessible(page, 'the audit log');
    await page.screenshot({ path: screenPath('audit-log') });

    await page.goto('/analysis');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'the analysis page');
    await page.screenshot({ path: screenPath('analysis') });
  });
});
