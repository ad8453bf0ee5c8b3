import { expect, test } from '@playwright/test';
import { ADMIN, DEMO_PASSWORD, expectAccessible, signIn } from './support';

test.describe('sign-in and role-aware navigation (Vietnamese first)', () => {
  test('a visitor lands on the Vietnamese sign-in page; a wrong password says so', async ({ page }) => {
    await page.goto('/admin/units');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
    await expectAccessible(page, 'the login page');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toContainText('Sai tên đăng nhập hoặc mật khẩu');
  });

  test('the admin sees the demo province’s units and the administration menu', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Đơn vị', exact: true })
      .click();
    await expect(page).toHaveURL(/\/admin\/units/);
    await expect(page.getByRole('cell', { name: 'Sở Nội vụ', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'SNV', exact: true })).toBeVisible();
    await expectAccessible(page, 'the units list');
  });

  test('a unit officer sees no administration and is refused its pages', async ({ page }) => {
    await signIn(page, 'stc.canbo', DEMO_PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Tự đánh giá' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có quyền truy cập');
    await expect(page.getByRole('cell', { name: 'admin', exact: true })).toHaveCount(0);
  });

  test('the interface switches to English and back', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  });
});
