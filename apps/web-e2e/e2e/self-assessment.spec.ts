import { expect, test } from '@playwright/test';
import { ADMIN, DEMO_PASSWORD, expectAccessible, screenPath, signIn } from './support';

test.describe('the yearly cycle in the browser', () => {
  test('a unit officer enters a figure, sees the points the server will give, the draft saves by itself and stays', async ({
    page,
  }) => {
    await signIn(page, 'stc.canbo', DEMO_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tự đánh giá' })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Sở Tài chính' })).toBeVisible();
    await expectAccessible(page, 'the self-assessment form', [
      '.topbar',
      '.sidebar',
      '.assessment-aside',
      '.leaf-card:nth-of-type(-n+2)',
    ]);

    const leaf = page.getByRole('article', { name: /^1\.1\.3 / });
    await leaf.getByRole('textbox', { name: 'Số trường hợp' }).fill('1');
    // Live preview from libs/scoring: 0,5 − 1 × 0,25.
    await expect(leaf.getByRole('status').first()).toContainText('0,25 / 0,5');
    await leaf
      .getByRole('textbox', { name: 'Ghi chú, giải thích cách tính' })
      .fill('Báo cáo quý III gửi trễ 2 ngày');
    // The draft saves by itself once typing stops: no button pressed.
    // (the figure and the note may go in one save or two; nothing stays unsaved).
    await expect(leaf.getByText(/Đã lưu lúc .*stc\.canbo/)).toBeVisible();
    await expect(leaf.getByText(/chưa lưu/)).toHaveCount(0);

    await page.reload();
    const again = page.getByRole('article', { name: /^1\.1\.3 / });
    await expect(again.getByRole('textbox', { name: 'Số trường hợp' })).toHaveValue('1');
    await expect(again.getByText('Đã lưu: 0,25 điểm')).toBeVisible();
  });

  test('the admin opens this year’s agency criteria set and its tree', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bộ tiêu chí' })
      .click();
    await page.getByRole('link', { name: 'SO-2026' }).first().click();
    await expect(page.getByText('Công tác chỉ đạo, điều hành cải cách hành chính').first()).toBeVisible();
    await expect(page.getByText(/Đã ban hành|Đã công bố/).first()).toBeVisible();
    await expectAccessible(page, 'a criteria set');
  });

  test.describe('on a phone (390×844)', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the menu folds behind a button and the progress/submit bar stays at the bottom', async ({
      page,
    }) => {
      await signIn(page, 'stc.canbo', DEMO_PASSWORD);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await expect(nav).toBeHidden();
      const menu = page.getByRole('button', { name: /Danh mục/ });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await menu.click();
      await nav.getByRole('link', { name: 'Tự đánh giá' }).click();
      await expect(nav).toBeHidden();
      await expect(page.getByRole('heading', { level: 2, name: 'Sở Tài chính' })).toBeVisible();

      const bar = page.getByTestId('phone-progress-bar');
      await expect(bar).toBeVisible();
      await expect(bar).toContainText(/Đã nhập [\d.]+\/[\d.]+ tiêu chí/);
      const box = await bar.boundingBox();
      expect(box && box.y + box.height).toBeGreaterThan(844 - 2);
      await bar.getByRole('button', { name: 'Kiểm tra & nộp' }).click();
      await expect(page.getByRole('complementary', { name: 'Kiểm tra trước khi nộp' })).toBeInViewport();
      await page.screenshot({ path: screenPath('phone-self-assessment') });
    });
  });
});
